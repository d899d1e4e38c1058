package vn.ngoso.platform.xlsx;

import java.util.List;

/**
 * A row that is not blank.
 *
 * @param number its number as the sheet shows it (the header is row 1)
 * @param cells its cells from column A, an empty cell where the row has none
 */
public record SheetRow(int number, List<SheetCell> cells) {

	public SheetCell cell(int column) {
		return column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
	}
}
