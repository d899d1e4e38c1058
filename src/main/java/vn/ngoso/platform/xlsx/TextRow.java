package vn.ngoso.platform.xlsx;

import java.util.List;

/**
 * A row as an import checks it: each cell as text, in the form the import's rules read (see
 * {@link XlsxReader#readTexts}).
 *
 * @param number its number as the sheet shows it (the header is row 1)
 */
public record TextRow(int number, List<String> cells) {

	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}
}
