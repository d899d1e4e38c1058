package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoso.imports.internal.BadFile;
import vn.ngoso.imports.internal.CsvRows;
import vn.ngoso.imports.internal.RowHandler;
import vn.ngoso.imports.internal.XlsxRows;
import vn.ngoso.platform.xlsx.XlsxReader;

/** The streaming readers on their own: quoting, row numbers, and what Excel does to numbers and dates. */
class FileReadersTest {

	record Read(int rowNo, List<String> cells) {
	}

	@Test
	void csvQuotesLineEndsBomAndBlankRows() throws Exception {
		String csv = "\uFEFF" + HouseholdFile.HEADER + "\r\n"
				+ "27781,Ấp 2,A1,\"Số 1, Tổ \"\"2\"\"\",Lê Văn Tám,1970,Nam,Chủ hộ,,\n"
				+ ",,,,,,,,,\r\n"
				+ "27781,Ấp 2,A1,\"nhiều\ndòng\",Lê Thị Ba,1971,Nữ,Vợ,,\r"
				+ "27781,Ấp 2,A2,x,Y,1970,Nam,Khác";

		List<Read> rows = new ArrayList<>();
		CsvRows.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 100,
				(rowNo, cells) -> rows.add(new Read(rowNo, List.copyOf(cells))));

		assertThat(rows).containsExactly(
				new Read(2, List.of("27781", "Ấp 2", "A1", "Số 1, Tổ \"2\"", "Lê Văn Tám", "1970", "Nam", "Chủ hộ", "", "")),
				new Read(4, List.of("27781", "Ấp 2", "A1", "nhiều\ndòng", "Lê Thị Ba", "1971", "Nữ", "Vợ", "", "")),
				new Read(5, List.of("27781", "Ấp 2", "A2", "x", "Y", "1970", "Nam", "Khác")));
	}

	@Test
	void csvWithTooManyRowsIsRefused() {
		String csv = HouseholdFile.HEADER + "\n1\n2\n3\n";
		assertThatThrownBy(() -> CsvRows.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 2,
				(rowNo, cells) -> {
				}))
			.isInstanceOf(BadFile.class).extracting(e -> ((BadFile) e).messageKey()).isEqualTo("import.file.tooManyRows");
	}

	@Test
	void xlsxNumbersGetTheirLeadingZeroBackAndDatesReadAsDayMonthYear(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("ho.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			var sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			String[] names = HouseholdFile.HEADER.split(",");
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue(27781);
			row.createCell(1).setCellValue("Ấp 2");
			row.createCell(2).setCellValue("A1");
			row.createCell(4).setCellValue("Lê Văn Tám");
			row.createCell(5).setCellValue(LocalDate.of(1980, 3, 15));
			row.getCell(5).setCellStyle(date);
			row.createCell(8).setCellValue(912345678);
			row.createCell(9).setCellValue(80080012345L);
			Row yearOnly = sheet.createRow(3);
			yearOnly.createCell(5).setCellValue(1980);
			yearOnly.createCell(9).setCellValue("07912345678");
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		List<Read> rows = new ArrayList<>();
		XlsxRows.read(file, XlsxReader.Limits.small(100), (rowNo, cells) -> rows.add(new Read(rowNo, List.copyOf(cells))));

		assertThat(rows).containsExactly(
				new Read(3, List.of("27781", "Ấp 2", "A1", "", "Lê Văn Tám", "15/03/1980", "", "", "0912345678",
						"080080012345")),
				new Read(4, List.of("", "", "", "", "", "1980", "", "", "", "07912345678")));
	}

	/**
	 * The header may end after the tenth column or carry the optional ones; the reader says which.
	 * A date typed into an XLSX cell (a date-formatted number) reads as dd/MM/yyyy in any column.
	 */
	@Test
	void theHeaderSaysHowManyColumnsAndXlsxDateCellsReadAsDays(@TempDir Path dir) throws Exception {
		HouseholdFile file = new HouseholdFile().withHistory().row("27781", "Ấp 2", "A1", "Số 1", "Lê Văn Tám", "15/03/1980",
				"Nam", "Chủ hộ", "", "", "2023", "", "20/11/2024", "", "", "", "", "", "", "", "x");
		Path xlsx = dir.resolve("ho.xlsx");
		Files.write(xlsx, file.xlsx(java.util.Set.of("0:5", "0:12")));
		List<Integer> columns = new ArrayList<>();
		List<Read> rows = new ArrayList<>();
		RowHandler handler = new RowHandler() {

			@Override
			public void columns(int count) {
				columns.add(count);
			}

			@Override
			public void row(int rowNo, List<String> cells) {
				rows.add(new Read(rowNo, List.copyOf(cells)));
			}
		};

		XlsxRows.read(xlsx, XlsxReader.Limits.small(100), handler);
		CsvRows.read(new ByteArrayInputStream(file.csv()), 100, handler);
		CsvRows.read(new ByteArrayInputStream(new HouseholdFile().row("27781").csv()), 100, handler);

		assertThat(columns).containsExactly(21, 21, 10);
		assertThat(rows.get(0).cells()).containsExactly("27781", "Ấp 2", "A1", "Số 1", "Lê Văn Tám", "15/03/1980", "Nam",
				"Chủ hộ", "", "", "2023", "", "20/11/2024", "", "", "", "", "", "", "", "x");
		assertThat(rows.get(1)).isEqualTo(rows.get(0));
		String partial = String.join(",", HouseholdFile.FULL_HEADER.split(",", -1)).replace(",Sử dụng thành thạo", "");
		assertThatThrownBy(() -> CsvRows.read(new ByteArrayInputStream((partial + "\n1\n").getBytes(StandardCharsets.UTF_8)),
				100, handler))
			.isInstanceOf(BadFile.class).extracting(e -> ((BadFile) e).messageKey()).isEqualTo("import.file.badHeader");
	}
}
