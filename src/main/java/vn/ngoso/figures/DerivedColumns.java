package vn.ngoso.figures;

/**
 * A column a module keeps from the same records, and by the same SQL, as one of its figures (a
 * household's {@code covered_from}). {@link Figures} refreshes it for the scope after every write
 * it wraps, before reading the figures again, and for everything on a recompute, in the same
 * transaction: every writer that moves the figures keeps the column, and none can forget it.
 */
public interface DerivedColumns {

	void refresh(FigureScope scope);
}
