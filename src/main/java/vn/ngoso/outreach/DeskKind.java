package vn.ngoso.outreach;

/**
 * Where a support day is held: the provincial Public Administration Service Centre (Trung tâm
 * Phục vụ hành chính công, at the province) or a commune's one-stop desk (bộ phận một cửa).
 */
public enum DeskKind {
	CENTRE, ONE_STOP
}
