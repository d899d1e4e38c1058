package vn.ngoso.merchants;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.ImportResult;

/**
 * What an uploaded workbook gave: the points created (all rows, or none when one row is wrong or
 * the file is refused), the rows in error, or why the whole file was refused.
 */
public record MerchantImport(int rows, List<UUID> created, List<ImportResult.RowError> errors, @Nullable String fileError,
		Object[] fileErrorArgs) {

	public static MerchantImport refused(String messageKey, Object... args) {
		return new MerchantImport(0, List.of(), List.of(), messageKey, args);
	}

	public boolean ok() {
		return fileError == null && errors.isEmpty();
	}
}
