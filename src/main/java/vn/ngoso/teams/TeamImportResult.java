package vn.ngoso.teams;

import java.util.List;

/** Outcome of a team CSV import: every row created, or none and each bad row listed by line. */
public record TeamImportResult(int created, List<RowError> errors) {

	/** @param args the message arguments; the offending value unless the rule names more */
	public record RowError(int line, String field, String messageKey, String value, List<Object> args) {

		public RowError(int line, String field, String messageKey, String value) {
			this(line, field, messageKey, value, List.of(value));
		}
	}

	public static TeamImportResult refused(String messageKey, String value) {
		return new TeamImportResult(0, List.of(new RowError(0, "file", messageKey, value)));
	}

	public boolean succeeded() {
		return errors.isEmpty();
	}
}
