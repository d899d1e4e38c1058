package vn.ngoso.imports.internal;

import java.util.List;

/** Receives a file's data rows one at a time, so that no reader holds a whole file. */
@FunctionalInterface
public interface RowHandler {

	/**
	 * @param rowNo the row's number as a spreadsheet shows it (the header is row 1)
	 * @param cells the row's cells, as many as the row has
	 */
	void row(int rowNo, List<String> cells) throws BadFile;

	/**
	 * Told once, before the first row, how many columns the header has (see
	 * {@link HeaderCheck#columns}): the first ten, or all of them.
	 */
	default void columns(int columns) {
	}
}
