package vn.ngoso.merchants.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.xlsx.FileRefused;
import vn.ngoso.platform.xlsx.SheetCell;
import vn.ngoso.platform.xlsx.TextRow;
import vn.ngoso.platform.xlsx.XlsxReader;

/**
 * The workbook officers fill in to enter many acceptance points at once: a fixed header, one row
 * per point, every column text (so codes keep their leading zeros); a start date typed as an
 * Excel date is read back as {@code dd/MM/yyyy}.
 */
public final class MerchantWorkbook {

	public static final List<String> HEADER = List.of("Loại", "Tên", "Địa chỉ", "Mã xã", "Ấp/khu phố", "Vĩ độ",
			"Kinh độ", "Phương thức thanh toán", "Ngày bắt đầu (dd/MM/yyyy)", "Chợ (của sạp)", "Tổ hỗ trợ");

	static final int KIND = 0;

	static final int NAME = 1;

	static final int ADDRESS = 2;

	static final int COMMUNE = 3;

	static final int HAMLET = 4;

	static final int LATITUDE = 5;

	static final int LONGITUDE = 6;

	static final int METHODS = 7;

	static final int STARTED = 8;

	static final int MARKET = 9;

	static final int TEAM = 10;

	static final List<List<String>> EXAMPLES = List.of(
			List.of("Chợ", "Chợ Tuyên Bình", "Ấp Cả Bản, xã Tuyên Bình", "27781", "Ấp Cả Bản", "10,8712", "105,8031",
					"VietQR, Thẻ ATM", "15/03/2024", "", ""),
			List.of("Sạp trong chợ", "Sạp rau bà Năm", "Sạp số 12, chợ Tuyên Bình", "27781", "", "", "", "VietQR",
					"20/03/2024", "Chợ Tuyên Bình", ""));

	public static final int MAX_ROWS = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private MerchantWorkbook() {
	}

	public static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Điểm chấp nhận TTKDTM");
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setDataFormat(text.getDataFormat());
			int[] widths = { 20, 30, 36, 10, 18, 10, 10, 28, 16, 22, 24 };
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
				header.getCell(c).setCellStyle(bold);
				sheet.setDefaultColumnStyle(c, text);
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			for (int r = 0; r < EXAMPLES.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < HEADER.size(); c++) {
					row.createCell(c).setCellValue(EXAMPLES.get(r).get(c));
					row.getCell(c).setCellStyle(text);
				}
			}
			sheet.createFreezePane(0, 1);
			Sheet help = workbook.createSheet("Giá trị được nhận");
			help.createRow(0).createCell(0).setCellValue("Loại");
			help.getRow(0).createCell(1).setCellValue("Phương thức thanh toán");
			help.getRow(0).getCell(0).setCellStyle(bold);
			help.getRow(0).getCell(1).setCellStyle(bold);
			List<String> kinds = Arrays.stream(MerchantKind.values()).map(MerchantKind::vietnamese).toList();
			List<String> methods = Arrays.stream(PaymentMethod.values()).map(PaymentMethod::vietnamese).toList();
			for (int i = 0; i < Math.max(kinds.size(), methods.size()); i++) {
				Row row = help.createRow(i + 1);
				row.createCell(0).setCellValue(i < kinds.size() ? kinds.get(i) : "");
				row.createCell(1).setCellValue(i < methods.size() ? methods.get(i) : "");
			}
			help.setColumnWidth(0, 26 * 256);
			help.setColumnWidth(1, 26 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The data rows of the first sheet, blank rows left out; the header must be exactly {@link #HEADER}. */
	public static List<TextRow> read(Path file) throws FileRefused {
		return XlsxReader.readTexts(file, MAX_ROWS, HEADER, "merchant.import", MerchantWorkbook::texts);
	}

	/** Every column as text: numbers in full, a start date typed as a date as dd/MM/yyyy. */
	private static List<String> texts(List<SheetCell> cells) {
		List<String> texts = new ArrayList<>(cells.size());
		for (int c = 0; c < cells.size(); c++) {
			SheetCell cell = cells.get(c);
			LocalDate day = c == STARTED ? cell.day() : null;
			String number = cell.plainNumber();
			texts.add(day != null ? day.format(DAY) : number != null ? number : SearchText.clean(cell.text()));
		}
		return texts;
	}
}
