package vn.ngoso.reported;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded workbook gave: the drafts made (all of them, or none when a row is wrong or the
 * file is refused), the rows in error, or why the whole file was refused.
 */
public record ReportedImport(int rows, List<UUID> created, List<RowError> errors, @Nullable String fileError,
		Object[] fileErrorArgs) {

	/** A message for a cell: the row as the spreadsheet numbers it, the column by its header. */
	public record RowError(int row, String column, String messageKey, Object... args) {
	}

	public static ReportedImport refused(String messageKey, Object... args) {
		return new ReportedImport(0, List.of(), List.of(), messageKey, args);
	}

	public boolean ok() {
		return fileError == null && errors.isEmpty();
	}
}
