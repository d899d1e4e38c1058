package vn.ngoso.training;

import java.util.List;

/**
 * What a completion list import did: every row recorded, or nothing at all and the rows' errors.
 *
 * @param errors row (as numbered in the sheet) and message, in the caller's language
 */
public record ImportOutcome(int recorded, List<RowError> errors) {

	public record RowError(int row, String column, String message) {
	}

	public boolean succeeded() {
		return errors.isEmpty();
	}
}
