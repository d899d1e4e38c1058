package vn.ngoso.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for page tests: text of error messages and table cells. */
public final class Html {

	private static final Pattern FIELD_ERROR = Pattern.compile("<p class=\"field-error\"[^>]*>(.*?)</p>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

	/** A cell's repeat of other columns, shown on phones only where those columns are hidden. */
	private static final Pattern PHONE_ONLY = Pattern.compile("<div class=\"[^\"]*show-s[^\"]*\">.*?</div>", Pattern.DOTALL);

	private Html() {
	}

	public static String unescape(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/**
	 * The error message shown beside the input with this id: the {@code field-error} paragraph
	 * that follows the input before the next label. Null if there is none.
	 */
	public static String fieldError(String html, String inputId) {
		int input = html.indexOf("id=\"" + inputId + "\"");
		if (input < 0) {
			throw new AssertionError("no input with id " + inputId);
		}
		int next = html.indexOf("<label", input);
		String around = html.substring(input, next < 0 ? html.length() : next);
		Matcher m = FIELD_ERROR.matcher(around);
		return m.find() ? unescape(m.group(1).strip()) : null;
	}

	/** The rows (cells as text) of the body of the table with this id. */
	public static List<List<String>> tableRows(String html, String tableId) {
		int start = html.indexOf("id=\"" + tableId + "\"");
		if (start < 0) {
			throw new AssertionError("no table with id " + tableId);
		}
		int body = html.indexOf("<tbody", start);
		int end = html.indexOf("</tbody>", body);
		List<List<String>> rows = new ArrayList<>();
		Matcher row = ROW.matcher(html.substring(body, end));
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				String text = PHONE_ONLY.matcher(cell.group(1)).replaceAll("");
				cells.add(unescape(text.replaceAll("<[^>]+>", "").strip()));
			}
			rows.add(cells);
		}
		return rows;
	}
}
