package vn.ngoso.platform.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * A cell as read from a sheet.
 *
 * @param text what Excel shows (for a string, the string)
 * @param number the value of a number cell (a formula's cached number included), else null
 * @param date whether that number is formatted as a date (Excel keeps dates as numbers)
 */
public record SheetCell(String text, @Nullable Double number, boolean date) {

	static final SheetCell EMPTY = new SheetCell("", null, false);

	public boolean isBlank() {
		return text.isBlank();
	}

	/** The day of a number formatted as a date; null for anything else. */
	public @Nullable LocalDate day() {
		return date && number != null && DateUtil.isValidExcelDate(number)
				? DateUtil.getLocalDateTime(number).toLocalDate() : null;
	}

	/** A number in full, without grouping, exponent or trailing zeros ({@code 105.8}, {@code 80080012345}). */
	public @Nullable String plainNumber() {
		return number == null || number.isNaN() || number.isInfinite() ? null
				: BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}
}
