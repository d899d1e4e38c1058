package vn.ngoso.imports.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the file as it goes into the staging table: its cells (cleaned) and what the
 * reader made of them. {@code problems} holds {@code COLUMN:message.key} entries.
 */
record StagedRow(int rowNo, List<String> cells, @Nullable Long communeId, @Nullable Long unitId,
		String nameFolded, @Nullable LocalDate birthDate,
		@Nullable Integer birthYear, @Nullable String sex, @Nullable String relation, @Nullable String phone,
		byte @Nullable [] cccdCipher, byte @Nullable [] cccdHash, List<String> problems) {

	String cell(Column column) {
		return cells.get(column.ordinal());
	}
}
