package vn.ngoso.training.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.xlsx.FileRefused;
import vn.ngoso.platform.xlsx.SheetCell;
import vn.ngoso.platform.xlsx.SheetRow;
import vn.ngoso.platform.xlsx.WorkbookRefused;
import vn.ngoso.platform.xlsx.XlsxReader;

/**
 * Reads a course's completion list: the first sheet, a header row, then one member a row with
 * the mobile number, the day of completion (a date cell or {@code dd/MM/yyyy} text) and the
 * certificate number if any. Empty rows are skipped; a file that is not a workbook is refused.
 */
public final class CompletionSheet {

	public static final List<String> HEADER = List.of("Số điện thoại", "Ngày hoàn thành", "Số chứng chỉ");

	/** A list of more rows than any course has is a wrong file, not a list. */
	public static final int MAX_ROWS = 20_000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

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


	/** The rows below the header (whatever it says), blank ones left out. */
	public static List<Line> read(Path file) throws FileRefused {
		List<Line> lines = new ArrayList<>();
		try {
			XlsxReader.read(file, XlsxReader.Limits.small(MAX_ROWS), null, row -> {
				Line line = line(row);
				if (line != null) {
					lines.add(line);
				}
			});
		}
		catch (WorkbookRefused e) {
			throw e.as("training.import", null);
		}
		return lines;
	}

	private static @Nullable Line line(SheetRow row) {
		String phone = row.cell(0).text().strip();
		SheetCell dayCell = row.cell(1);
		String dayText = dayCell.text().strip();
		String certificate = row.cell(2).text().strip();
		if (phone.isEmpty() && dayText.isEmpty() && certificate.isEmpty()) {
			return null;
		}
		LocalDate day = dayCell.day();
		boolean bad = false;
		if (day == null && !dayText.isEmpty()) {
			try {
				day = LocalDate.parse(dayText, DAY);
			}
			catch (DateTimeParseException e) {
				bad = true;
			}
		}
		return new Line(row.number(), phone, day, bad, certificate.isEmpty() ? null : certificate);
	}
}
