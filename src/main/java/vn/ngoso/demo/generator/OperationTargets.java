package vn.ngoso.demo.generator;

/**
 * What a year of outreach sessions and desk support days adds up to, exactly.
 *
 * @param year the year the sessions and days fall in
 */
public record OperationTargets(int year, int sessions, int leaflets, int accountsHelped) {

	/** Long An in 2024, from the source text: 32,000 leaflets, 2,000 sessions, 58,000 accounts helped. */
	public static final OperationTargets LONG_AN_2024 = new OperationTargets(2024, 2_000, 32_000, 58_000);

	public OperationTargets {
		if (sessions < 0 || leaflets < 0 || accountsHelped < 0) {
			throw new IllegalArgumentException("Negative targets: " + sessions + "/" + leaflets + "/" + accountsHelped);
		}
	}

	/** The targets of a slice holding {@code hamlets} of the province's {@code of} hamlets. */
	public OperationTargets slice(int hamlets, int of) {
		if (hamlets == of) {
			return this;
		}
		double f = (double) hamlets / of;
		return new OperationTargets(year, (int) Math.round(sessions * f), (int) Math.round(leaflets * f),
				(int) Math.round(accountsHelped * f));
	}
}
