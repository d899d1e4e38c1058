package vn.ngoso.figures.internal;

/**
 * Where the aggregate rows are, and how a unit's rows are read (issue 20, hot rows). Table
 * {@code figure_row} holds, for each record, its figures at its own unit and at every ancestor of
 * commune level or below (the hamlet and the commune): never at a district or the province, whose
 * rows every writer of the province would otherwise take until commit. A unit above the commune
 * is read as the sum of the rows of its units of commune level and above (its communes' rows, and
 * the rows of records sitting at the district or province itself, if any): hamlets always sit in
 * a commune, so every record is counted once. The view {@code figure} shows every unit's rows as
 * the table held them before, for reading by hand and for the tests that recount.
 */
public final class FigureRows {

	/** The highest level whose units hold rolled-up rows: the commune (1 province, 2 district, 4 hamlet). */
	public static final int COMMUNE = 3;

	private FigureRows() {
	}

	/**
	 * The rows making the figures of the units {@code q} that {@code unitCondition} picks, as
	 * {@code (unit_id, indicator, month, value, changed_at)}; above the commune several rows per
	 * key, which the caller sums. The condition is on {@code admin_unit q}, e.g.
	 * {@code q.id in (:units)}, and is applied before anything is summed.
	 */
	public static String of(String unitCondition) {
		return """
				select q.id as unit_id, f.indicator, f.month, f.value, f.changed_at
				from admin_unit q join figure_row f on f.unit_id = q.id
				where q.level >= %1$d and (%2$s)
				union all
				select q.id, f.indicator, f.month, f.value, f.changed_at
				from admin_unit q join admin_unit v on v.path <@ q.path and v.level <= %1$d
				join figure_row f on f.unit_id = v.id
				where q.level < %1$d and (%2$s)""".formatted(COMMUNE, unitCondition);
	}
}
