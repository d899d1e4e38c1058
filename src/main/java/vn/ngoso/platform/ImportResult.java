package vn.ngoso.platform;

import java.util.List;

/**
 * What an all-or-nothing import of a file did: every row written, or none and each bad row listed
 * by its line. The one result type of the imports that answer at once (hamlets, teams, acceptance
 * points, training completions); the households import, a background job, keeps its own report.
 *
 * @param created the rows written (0 when any row was refused)
 */
public record ImportResult(int created, List<RowError> errors) {

	/**
	 * One refusal: the line as the file numbers it (0 for the file as a whole), the column by its
	 * header, the value read, and the message with its arguments.
	 *
	 * @param args the message arguments; the offending value unless the rule names more
	 */
	public record RowError(int line, String field, String messageKey, String value, List<Object> args) {

		public RowError(int line, String field, String messageKey, String value) {
			this(line, field, messageKey, value, List.of(value));
		}
	}

	/** The whole file refused before any row was read (not a CSV, too big, no header). */
	public static ImportResult refused(String messageKey, String value) {
		return new ImportResult(0, List.of(new RowError(0, "file", messageKey, value)));
	}

	public boolean succeeded() {
		return errors.isEmpty();
	}
}
