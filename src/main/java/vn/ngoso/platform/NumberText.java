package vn.ngoso.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as Vietnamese officers type it: {@code 1.351.439} (dots group thousands), {@code 99,9}
 * (a comma is the decimal mark), and also {@code 1351439}, {@code 99.9} or {@code 1,351,439.5}
 * from a spreadsheet set to English. A trailing {@code %} is ignored.
 */
public final class NumberText {

	private static final Pattern DOT_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	private static final Pattern COMMA_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private NumberText() {
	}

	/** Null when the text is no number. */
	public static BigDecimal parse(String text) {
		String t = text.strip().replace("\u00a0", "").replace(" ", "");
		if (t.endsWith("%")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.isEmpty()) {
			return null;
		}
		String plain;
		if (DOT_GROUPS.matcher(t).matches()) {
			plain = t.replace(".", "");
		}
		else if (COMMA_GROUPS.matcher(t).matches() && (t.contains(".") || t.indexOf(',') != t.lastIndexOf(','))) {
			plain = t.replace(",", "");
		}
		else if (t.contains(",")) {
			plain = t.replace(".", "").replace(',', '.');
		}
		else {
			plain = t;
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
