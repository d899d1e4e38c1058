package vn.ngoso.households.internal;

/**
 * The rules of when households' records count, as SQL, written once: the live figures
 * ({@link HouseholdFigures}) and the household's stored {@code covered_from} ({@link CoveredMonths})
 * are both made from these fragments, so a list of households not covered and the dashboard's
 * covered count cannot disagree.
 */
final class CountingRules {

	/**
	 * The month a resident {@code r} of household {@code h} counts from (in "people 15+"): the
	 * latest of the household's registration month, the resident's own, and the month of the 15th
	 * birthday, counted as {@code birth + interval '15 years'} (born 29 February: 28 February in a
	 * common year, as {@code platform.Ages}); a birth year alone is taken as 1 January.
	 */
	static final String RESIDENT_MONTH = """
			greatest(date_trunc('month', h.registered_on)::date, date_trunc('month', r.registered_on)::date,
			         date_trunc('month', coalesce(r.birth_date, make_date(r.birth_year, 1, 1)) + interval '15 years')::date)""";

	/**
	 * As {@link #RESIDENT_MONTH} at 18, the month a resident counts among adults (the
	 * denominator of Bình dân học vụ số's "share of adults").
	 */
	static final String ADULT_MONTH = RESIDENT_MONTH.replace("'15 years'", "'18 years'");

	/**
	 * {@code (household_id, covered_from)} for the covered households {@code h} that meet the
	 * condition (a {@code %s} over {@code h}): the first month one of their residents who counts
	 * holds FLUENT, from the month it became true but not before the resident counts.
	 */
	static final String COVERED_FROM = """
			select r.household_id, min(greatest(%s, date_trunc('month', g.since)::date)) as covered_from
			from household h join resident r on r.household_id = h.id
			join readiness g on g.resident_id = r.id and g.item = 'FLUENT' and not g.disputed
			where %%s group by r.household_id""".formatted(RESIDENT_MONTH);

	private CountingRules() {
	}

	static String coveredFrom(String householdCondition) {
		return COVERED_FROM.formatted(householdCondition);
	}
}
