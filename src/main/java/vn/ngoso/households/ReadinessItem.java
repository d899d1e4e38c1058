package vn.ngoso.households;

/**
 * What a resident aged 15+ can do; each item is reached once, on a date. FLUENT (uses these
 * apps without help) is the teams' goal: a household with one fluent resident is covered.
 */
public enum ReadinessItem {
	SMARTPHONE, VNEID_DOSSIER, VNEID_ACTIVATED, PROVINCIAL_APP, ONLINE_SERVICE_ACCOUNT, ONLINE_SERVICE_USED,
	BANK_ACCOUNT, CASHLESS, VSSID, FLUENT
}
