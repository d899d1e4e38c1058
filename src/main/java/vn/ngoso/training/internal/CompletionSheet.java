package vn.ngoso.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads a course's completion list: the first sheet, a header row, then one member a row with
 * the mobile number, the day of completion (a date cell or {@code dd/MM/yyyy} text) and the
 * certificate number if any. Empty rows are skipped; a file that is not a workbook is refused.
 */
public final class CompletionSheet {

	public static final List<String> HEADER = List.of("Số điện thoại", "Ngày hoàn thành", "Số chứng chỉ");

	/** A list of more rows than any course has is a wrong file, not a list. */
	public static final int MAX_ROWS = 20_000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private CompletionSheet() {
	}

	/**
	 * One row as read.
	 *
	 * @param number the row's number as the sheet shows it (header is 1)
	 * @param day null when missing; {@link #badDay} when unreadable
	 */
	public record Line(int number, String phone, @Nullable LocalDate day, boolean badDay, @Nullable String certificate) {
	}

	public static final class Unreadable extends Exception {

		public Unreadable(String message) {
			super(message);
		}
	}

	public static List<Line> read(InputStream in) throws Unreadable {
		try (Workbook book = WorkbookFactory.create(in)) {
			if (book.getNumberOfSheets() == 0) {
				throw new Unreadable("empty");
			}
			Sheet sheet = book.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				if (lines.size() >= MAX_ROWS) {
					throw new Unreadable("too many rows");
				}
				String phone = text(row.getCell(0), text);
				String dayText = text(row.getCell(1), text);
				String certificate = text(row.getCell(2), text);
				if (phone.isEmpty() && dayText.isEmpty() && certificate.isEmpty()) {
					continue;
				}
				LocalDate day = null;
				boolean bad = false;
				Cell dayCell = row.getCell(1);
				if (dayCell != null && dayCell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(dayCell)) {
					day = dayCell.getDateCellValue().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
				}
				else if (!dayText.isEmpty()) {
					try {
						day = LocalDate.parse(dayText, DAY);
					}
					catch (DateTimeParseException e) {
						bad = true;
					}
				}
				lines.add(new Line(row.getRowNum() + 1, phone, day, bad, certificate.isEmpty() ? null : certificate));
			}
			return lines;
		}
		catch (IOException | RuntimeException e) {
			throw new Unreadable(e.getMessage() == null ? "unreadable" : e.getMessage());
		}
	}

	private static String text(@Nullable Cell cell, DataFormatter formatter) {
		return cell == null ? "" : formatter.formatCellValue(cell).strip();
	}
}
