package vn.ngoso.platform;

import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text about people that anyone may read (a citizen's feedback, an agency's answer): the
 * names it is known to concern become initials ({@code T.T.M.}), e-mail addresses keep their first
 * letter and domain ({@code n***@gmail.com}), and every run of nine or more digits — however
 * spaced, dotted or dashed, {@code +84} included — is masked: a mobile number as
 * {@link PhoneNumber#mask} ({@code 091****678}), a 12-digit citizen ID as {@code 080******912},
 * anything else (the old 9-digit ID, a landline, an account number) as its first three and last
 * two digits. Shorter numbers (dates, amounts under a hundred million, house numbers) stay.
 */
public final class PublicText {

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

	private static final Pattern NUMBER = Pattern
		.compile("(?<![\\p{L}\\p{N}])(?:\\(\\+?84\\)[ .\\-]?|\\+84[ .\\-]?)?\\d(?:[ .\\-]?\\d){8,}(?!\\p{N})");

	private static final Pattern WORDS = Pattern.compile("\\s+");

	private PublicText() {
	}

	/** The text with everything above masked; {@code names} of one word are ignored (they are common words too). */
	public static String mask(String text, Collection<String> names) {
		String masked = Normalizer.normalize(text, Normalizer.Form.NFC);
		for (String name : names) {
			masked = maskName(masked, name);
		}
		masked = EMAIL.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(maskEmail(m.group())));
		return NUMBER.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(maskNumber(m.group())));
	}

	/** {@code Trần Thị Mai} → {@code T.T.M.} */
	public static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : WORDS.split(SearchText.clean(name))) {
			if (!word.isEmpty()) {
				initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append('.');
			}
		}
		return initials.toString();
	}

	/**
	 * Finds the name word for word in any case, with or without diacritics, by matching on a
	 * folded copy of the text that keeps every character's position.
	 */
	private static String maskName(String text, String name) {
		String[] words = WORDS.split(SearchText.clean(name));
		if (words.length < 2) {
			return text;
		}
		StringBuilder pattern = new StringBuilder("(?<![\\p{L}\\p{N}])");
		for (int i = 0; i < words.length; i++) {
			pattern.append(i == 0 ? "" : "\\s+").append(Pattern.quote(foldInPlace(words[i])));
		}
		Matcher m = Pattern.compile(pattern.append("(?![\\p{L}\\p{N}])").toString()).matcher(foldInPlace(text));
		StringBuilder out = new StringBuilder();
		int from = 0;
		String initials = initials(name);
		while (m.find()) {
			out.append(text, from, m.start()).append(initials);
			from = m.end();
		}
		return from == 0 ? text : out.append(text, from, text.length()).toString();
	}

	/** Lower case without diacritics, one char for one char (so positions carry over to the original). */
	private static String foldInPlace(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char base = Character.isSurrogate(c) ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
			folded[i] = base == 'đ' || base == 'Đ' ? 'd' : Character.toLowerCase(base);
		}
		return new String(folded);
	}

	private static String maskEmail(String email) {
		return email.substring(0, Character.charCount(email.codePointAt(0))) + "***" + email.substring(email.indexOf('@'));
	}

	private static String maskNumber(String run) {
		String digits = run.replaceAll("\\D", "");
		boolean international = run.startsWith("+") || run.startsWith("(");
		if (international) {
			return PhoneNumber.mask("0" + digits.substring(2));
		}
		if (digits.length() == 10 && digits.startsWith("0")) {
			return PhoneNumber.mask(digits);
		}
		if (digits.length() == 11 && digits.startsWith("84")) {
			return PhoneNumber.normalize(digits).map(PhoneNumber::mask).orElseGet(() -> other(digits));
		}
		if (digits.length() == 12) {
			return digits.substring(0, 3) + "******" + digits.substring(9);
		}
		return other(digits);
	}

	private static String other(String digits) {
		return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
	}
}
