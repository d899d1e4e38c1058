package vn.ngoso.imports.internal;

import java.util.List;
import vn.ngoso.platform.SearchText;

/**
 * The header row must be exactly the fixed one: the first ten columns alone (the file as it always
 * was), all the columns, or all but the last (the template before Bình dân học vụ số); trailing
 * empty cells are tolerated.
 */
final class HeaderCheck {

	private HeaderCheck() {
	}

	/** @return how many columns the header has */
	static int require(List<String> cells) throws BadFile {
		int columns = columns(cells);
		if (columns == 0) {
			throw refused();
		}
		return columns;
	}

	/** How many columns a header row has, cleaned as read: 0 when it is neither accepted header. */
	static int columns(List<String> cells) {
		List<String> actual = cells.stream().map(SearchText::clean).toList();
		int end = actual.size();
		while (end > 0 && actual.get(end - 1).isEmpty()) {
			end--;
		}
		List<String> header = actual.subList(0, end);
		if (header.equals(Column.HEADER)) {
			return Column.HEADER.size();
		}
		if (header.equals(Column.HEADER_BEFORE_LITERACY)) {
			return Column.HEADER_BEFORE_LITERACY.size();
		}
		return header.equals(Column.BASE_HEADER) ? Column.BASE_HEADER.size() : 0;
	}

	/** The refusal shows the full header; its message says the first ten alone will do. */
	static BadFile refused() {
		return new BadFile("import.file.badHeader", String.join(",", Column.HEADER));
	}
}
