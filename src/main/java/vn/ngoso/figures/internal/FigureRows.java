package vn.ngoso.figures.internal;

/**
 * Where the aggregate rows are, and how a unit's rows are read (issue 20, hot rows). Table
 * {@code figure_row} holds a row per unit, indicator and month at every level, as before; but a
 * write updates only the rows of units of commune level or below (the hamlet, the commune) and
 * appends what it adds to the district and the province to {@code figure_delta}, which no two
 * writers wait on. {@link FigureStore#fold()} moves the deltas into the rows, every second, in one
 * transaction with their removal. A unit's figure is its rows plus its deltas not yet folded, so
 * a reader sees a write the moment it commits. The view {@code figure} shows both summed: the
 * table as it was, for reading by hand and for the tests that recount.
 */
public final class FigureRows {

	/** The level of the commune (1 province, 2 district, 4 hamlet): units above it take deltas. */
	public static final int COMMUNE = 3;

	private FigureRows() {
	}

	/**
	 * The rows making the figures of the units {@code :units}, as
	 * {@code (unit_id, indicator, month, value, changed_at)}: several rows per key where deltas
	 * wait, which the caller sums. Filtered on the tables' own unit column, so each is read by its
	 * index.
	 */
	public static String ofUnits() {
		return """
				select unit_id, indicator, month, value, changed_at from figure_row where unit_id in (:units)
				union all
				select unit_id, indicator, month, value, changed_at from figure_delta where unit_id in (:units)""";
	}

	/** As {@link #ofUnits()}, for every unit under the path {@code :path}. */
	public static String under() {
		return """
				select f.unit_id, f.indicator, f.month, f.value, f.changed_at
				from figure_row f join admin_unit q on q.id = f.unit_id where q.path <@ cast(:path as ltree)
				union all
				select d.unit_id, d.indicator, d.month, d.value, d.changed_at
				from figure_delta d join admin_unit q on q.id = d.unit_id where q.path <@ cast(:path as ltree)""";
	}
}
