package vn.ngoso.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as stored (NFC, trimmed, single spaces) and as searched (lower case, no diacritics,
 * {@code đ} read as {@code d}), so that "Nguyen Ngoc Trai" finds "Nguyễn Ngọc Trai".
 * Both run once per cell of a bulk import, so text that is already clean is returned as it is,
 * without a regular expression or a copy.
 */
public final class SearchText {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** See {@link #withoutMarks}. */
	private static final int CAPITAL_SIGMA = 0x03A3;

	private static final int CAPITAL_I_WITH_DOT = 0x0130;

	private SearchText() {
	}

	/** NFC, trimmed, inner runs of white space collapsed. */
	public static String clean(String text) {
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		String stripped = nfc.strip();
		return singleSpaced(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ");
	}

	/** Lower case without diacritics, for matching. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			if (c == CAPITAL_SIGMA || c == CAPITAL_I_WITH_DOT) {
				return withoutMarks(decomposed).toLowerCase(Locale.ROOT);
			}
			if (!isMark(c)) {
				folded.appendCodePoint(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
			}
		}
		return folded.toString();
	}

	/**
	 * A {@code LIKE} pattern for "contains the query", folded: what every search by typed text
	 * uses, so that a {@code %} or {@code _} typed by someone finds only itself.
	 */
	public static String containing(String query) {
		return "%" + likeLiteral(fold(query)) + "%";
	}

	/**
	 * Text to put inside a {@code LIKE} pattern as it is: its {@code %}, {@code _} and the escape
	 * character {@code \} (PostgreSQL's default) are escaped.
	 */
	public static String likeLiteral(String text) {
		if (text.indexOf('%') < 0 && text.indexOf('_') < 0 && text.indexOf('\\') < 0) {
			return text;
		}
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Letter by letter lower case is {@code toLowerCase(Locale.ROOT)}, but for two letters: a
	 * capital sigma depends on its place in the word, a capital I with a dot becomes two chars.
	 */
	private static String withoutMarks(String decomposed) {
		StringBuilder kept = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter(c -> !isMark(c)).map(c -> c == 'đ' || c == 'Đ' ? 'd' : c)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** What {@code \p{M}} matches: a combining mark of any kind. */
	private static boolean isMark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/** No white space that {@code \s} matches other than single spaces between words. */
	private static boolean singleSpaced(String text) {
		char previous = 'x';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && previous == ' ')) {
				return false;
			}
			previous = c;
		}
		return true;
	}
}
