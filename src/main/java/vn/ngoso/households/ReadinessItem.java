package vn.ngoso.households;

/**
 * What a resident aged 15+ can do; each item is reached once, on a date. FLUENT (uses these
 * apps without help) is the teams' goal: a household with one fluent resident is covered.
 * DIGITAL_LITERACY is the "chuẩn phổ cập kiến thức chuyển đổi số" of Bình dân học vụ số (Plan
 * 01-KH/BCĐTW, 2025), met by a course on binhdanhocvuso.gov.vn finished through VNeID: its day is
 * the certificate's date when known (see {@link #CERTIFICATE_FROM}).
 */
public enum ReadinessItem {
	SMARTPHONE, VNEID_DOSSIER, VNEID_ACTIVATED, PROVINCIAL_APP, ONLINE_SERVICE_ACCOUNT, ONLINE_SERVICE_USED,
	BANK_ACCOUNT, CASHLESS, VSSID, FLUENT, DIGITAL_LITERACY;

	/** The programme began in 2025: no certificate of Bình dân học vụ số is dated earlier. */
	public static final java.time.LocalDate CERTIFICATE_FROM = java.time.LocalDate.of(2025, 1, 1);
}
