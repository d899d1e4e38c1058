package vn.ngoso.territory;

import java.util.List;

/**
 * Outcome of a hamlet CSV import: either every row was created, or none was and each bad row
 * is listed with its line number.
 */
public record HamletImportResult(int created, List<RowError> errors) {

	/** @param args the message arguments; the offending value unless the rule has its own (a limit) */
	public record RowError(int line, String field, String messageKey, String value, List<Object> args) {

		public RowError(int line, String field, String messageKey, String value) {
			this(line, field, messageKey, value, List.of(value));
		}
	}

	public boolean succeeded() {
		return errors.isEmpty();
	}
}
