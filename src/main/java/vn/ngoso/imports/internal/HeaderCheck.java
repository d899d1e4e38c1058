package vn.ngoso.imports.internal;

import java.util.List;
import vn.ngoso.platform.SearchText;

/** The header row must be exactly the fixed one; trailing empty cells are tolerated. */
final class HeaderCheck {

	private HeaderCheck() {
	}

	static void require(List<String> cells) throws BadFile {
		List<String> actual = cells.stream().map(SearchText::clean).toList();
		int end = actual.size();
		while (end > 0 && actual.get(end - 1).isEmpty()) {
			end--;
		}
		if (!actual.subList(0, end).equals(Column.HEADER)) {
			throw new BadFile("import.file.badHeader", String.join(",", Column.HEADER));
		}
	}
}
