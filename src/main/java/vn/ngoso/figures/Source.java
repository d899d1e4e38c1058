package vn.ngoso.figures;

/**
 * Where a figure comes from: the platform's own records, or an agency that reports it because
 * the platform cannot see it.
 */
public enum Source {
	TRACKED, POLICE, STATE_BANK, HOTLINE_1022, APP_OPERATOR, YOUTH_UNION, SERVICE_CENTRE, PEOPLES_COMMITTEE,
	INDUSTRY_TRADE, STATISTICS;

	public boolean tracked() {
		return this == TRACKED;
	}
}
