package vn.ngoso.households.internal;

import vn.ngoso.platform.SearchText;

/**
 * {@link SearchText#fold} in SQL, for a column without a folded copy (a household's address):
 * one {@code translate} over the letters that fold to a single other letter. Text is stored NFC,
 * so every Vietnamese letter is one precomposed code point and the table covers them all. Only
 * for lists narrowed to a few hundred rows first ("Hộ cần thăm" of one hamlet): no index serves it.
 */
final class SqlFold {

	private static final String FROM;

	private static final String TO;

	static {
		StringBuilder from = new StringBuilder();
		StringBuilder to = new StringBuilder();
		int[][] ranges = { { 'A', 'Z' }, { 0x00C0, 0x024F }, { 0x1E00, 0x1EFF } };
		for (int[] range : ranges) {
			for (int c = range[0]; c <= range[1]; c++) {
				String folded = SearchText.fold(Character.toString(c));
				if (folded.codePointCount(0, folded.length()) == 1 && folded.codePointAt(0) != c) {
					from.appendCodePoint(c);
					to.append(folded);
				}
			}
		}
		FROM = from.toString();
		TO = to.toString();
	}

	private SqlFold() {
	}

	/** An SQL expression: {@code column} folded, with the two named parameters of {@link #bind}. */
	static String of(String column) {
		return "translate(" + column + ", cast(:foldFrom as text), cast(:foldTo as text))";
	}

	static void bind(java.util.Map<String, Object> params) {
		params.put("foldFrom", FROM);
		params.put("foldTo", TO);
	}
}
