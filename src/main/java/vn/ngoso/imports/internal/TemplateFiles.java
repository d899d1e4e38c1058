package vn.ngoso.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The file officers fill in: the full header and one example row, with a registration date and
 * two readiness items known since a day and a month. In the XLSX every column is text, so Excel
 * keeps the leading zeros of CCCDs and phone numbers and does not turn dates into numbers.
 */
public final class TemplateFiles {

	public static final List<String> EXAMPLE = List.of("27781", "Ấp Cả Bản", "TB09999", "Số 12, Tổ 1", "Nguyễn Văn An",
			"15/03/1980", "Nam", "Chủ hộ", "0912345678", "080080012345",
			// Ngày đăng ký hộ, then the readiness columns: VNeID dossier since a day, bank account since a month,
			// Bình dân học vụ số's certificate since a day
			"15/06/2023", "", "12/05/2023", "", "", "", "", "03/2024", "", "", "", "20/09/2025");

	private TemplateFiles() {
	}

	/** UTF-8 with a BOM, so that Excel opens the Vietnamese text correctly. */
	public static byte[] csv() {
		String text = "\uFEFF" + String.join(",", Column.HEADER) + "\r\n"
				+ EXAMPLE.stream().map(TemplateFiles::quoted).collect(Collectors.joining(",")) + "\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Hộ gia đình");
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setDataFormat(text.getDataFormat());
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			int[] widths = { 8, 16, 10, 24, 24, 12, 9, 18, 14, 16, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 18 };
			for (int i = 0; i < Column.HEADER.size(); i++) {
				header.createCell(i).setCellValue(Column.HEADER.get(i));
				header.getCell(i).setCellStyle(bold);
				example.createCell(i).setCellValue(EXAMPLE.get(i));
				example.getCell(i).setCellStyle(text);
				sheet.setDefaultColumnStyle(i, text);
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String quoted(String cell) {
		return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
