package vn.ngoso.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as stored (NFC, trimmed, single spaces) and as searched (lower case, no diacritics,
 * {@code đ} read as {@code d}), so that "Nguyen Ngoc Trai" finds "Nguyễn Ngọc Trai".
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchText() {
	}

	/** NFC, trimmed, inner runs of white space collapsed. */
	public static String clean(String text) {
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/** Lower case without diacritics, for matching. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("")
			.replace('đ', 'd').replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
	}
}
