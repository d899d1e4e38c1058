package vn.ngoso.imports;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one row of an imported file, or (a notice) why it was left out while its
 * household was imported.
 *
 * @param rowNo the row as a spreadsheet numbers it (the header is row 1)
 * @param column the column's Vietnamese header, or "Dòng" for the row as a whole
 */
public record RowError(int rowNo, String column, @Nullable String value, String message, boolean notice) {
}
