package vn.ngoso.territory;

import java.util.List;

/**
 * Outcome of a hamlet CSV import: either every row was created, or none was and each bad row
 * is listed with its line number.
 */
public record HamletImportResult(int created, List<RowError> errors) {

	public record RowError(int line, String field, String messageKey, String value) {
	}

	public boolean succeeded() {
		return errors.isEmpty();
	}
}
