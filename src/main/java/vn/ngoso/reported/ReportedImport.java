package vn.ngoso.reported;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.ImportResult;

/**
 * What an uploaded workbook gave: the drafts made (all of them, or none when a row is wrong or the
 * file is refused), the rows in error, or why the whole file was refused.
 */
public record ReportedImport(int rows, List<UUID> created, List<ImportResult.RowError> errors, @Nullable String fileError,
		Object[] fileErrorArgs) {

	public static ReportedImport refused(String messageKey, Object... args) {
		return new ReportedImport(0, List.of(), List.of(), messageKey, args);
	}

	public boolean ok() {
		return fileError == null && errors.isEmpty();
	}
}
