package vn.ngoso.platform;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for control characters in text that comes in (JSON, forms, parameters, sync
 * records, imported cells): C0 control characters (U+0000 to U+001F) are refused, except tab,
 * line feed and carriage return. PostgreSQL refuses NUL in text outright, so a NUL let through
 * fails late, as a server error, and the others are never typed by a person: they come from
 * broken encodings or binary pasted into a field, and would break the XML of an Excel export.
 * Refused where the text comes in, so that the answer can name the field.
 */
public final class ControlCharacters {

	/** The message shown for a field that holds one; it takes no argument. */
	public static final String MESSAGE_KEY = "error.controlCharacter";

	/** What stands for a refused character where a refused value is shown back (an import's error report). */
	private static final char SHOWN_AS = '\uFFFD';

	private ControlCharacters() {
	}

	/** True when the text holds a refused control character. */
	public static boolean in(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (refused(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** True when a value bound from a request (a text, or several) holds a refused control character. */
	public static boolean inAny(@Nullable Object value) {
		if (value instanceof CharSequence text) {
			return in(text);
		}
		return value instanceof String[] texts && Arrays.stream(texts).anyMatch(ControlCharacters::in);
	}

	/** The text with each refused character replaced by U+FFFD, to show a refused value back safely. */
	public static String shown(String text) {
		if (!in(text)) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			shown.append(refused(c) ? SHOWN_AS : c);
		}
		return shown.toString();
	}

	private static boolean refused(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}
}
