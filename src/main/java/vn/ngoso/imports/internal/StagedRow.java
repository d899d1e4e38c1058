package vn.ngoso.imports.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the file as it goes into the staging table: its cells (cleaned, one per column of
 * {@link Column#IN_FILE}, the optional ones empty when the file has none) and what the reader
 * made of them. {@code problems} holds {@code COLUMN:message.key} entries; {@code ready} the
 * readiness cells that say yes, as {@code ITEM:yyyy-MM-dd} or {@code ITEM:} (date not known).
 */
record StagedRow(int rowNo, List<String> cells, @Nullable Long communeId, @Nullable Long unitId,
		String nameFolded, @Nullable LocalDate birthDate,
		@Nullable Integer birthYear, @Nullable String sex, @Nullable String relation, @Nullable String phone,
		byte @Nullable [] cccdCipher, byte @Nullable [] cccdHash, @Nullable LocalDate registeredOn, List<String> ready,
		List<String> problems) {

	String cell(Column column) {
		return cells.get(column.ordinal());
	}

	/** The optional columns' cells, or an empty list when they are all empty. */
	List<String> optionalCells() {
		List<String> optional = cells.subList(Column.REGISTERED.ordinal(), Column.IN_FILE.size());
		for (String cell : optional) {
			if (!cell.isEmpty()) {
				return optional;
			}
		}
		return List.of();
	}
}
