package vn.ngoso.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ngoso.support.UniqueValues;

/**
 * Builds household files in memory, as CSV or XLSX, in the fixed format. Household codes and
 * citizen IDs are unique in the test JVM, so tests do not collide on the shared database.
 */
public final class HouseholdFile {

	static final String HEADER = "Mã xã,Ấp/khu phố,Mã hộ,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,Số điện thoại,Số CCCD";

	/** The header with the optional columns: the registration date and the readiness items. */
	static final String FULL_HEADER = HEADER + ",Ngày đăng ký hộ,Có điện thoại thông minh,Đã nộp hồ sơ VNeID mức 2,"
			+ "Đã kích hoạt VNeID mức 2,Đã cài ứng dụng của tỉnh,Có tài khoản dịch vụ công,"
			+ "Đã dùng dịch vụ công trực tuyến,Có tài khoản ngân hàng,Thanh toán không dùng tiền mặt,Đã cài VssID,"
			+ "Sử dụng thành thạo";

	/** The full header since issue 17: Bình dân học vụ số's column last. */
	static final String LITERACY_HEADER = FULL_HEADER + ",Đạt chuẩn Bình dân học vụ số";

	static final String COMMUNE = "27781";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String HAMLET = "Ấp 2";

	/** Province 079 (Hồ Chí Minh City): the demo residents' IDs all start with 080. */
	private static final AtomicLong CCCD = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L, 800_000_000L));

	private final List<List<String>> rows = new ArrayList<>();

	private String header = HEADER;

	public static String code() {
		return "IMP" + UniqueValues.word().toUpperCase();
	}

	public static String cccd() {
		return "079" + CCCD.getAndIncrement();
	}

	public static String name() {
		return UniqueValues.personName();
	}

	/** A row of household {@code code} in Ấp 2 of 27781 with every column given. */
	HouseholdFile row(String... cells) {
		rows.add(Arrays.asList(cells));
		return this;
	}

	/** A valid resident row in the default hamlet. */
	public HouseholdFile resident(String code, String address, String name, String birth, String sex, String relation,
			String phone, String cccd) {
		return row(COMMUNE, HAMLET, code, address, name, birth, sex, relation, phone, cccd);
	}

	/** The file has the optional columns after the first ten. */
	HouseholdFile withHistory() {
		header = FULL_HEADER;
		return this;
	}

	/** The file has every optional column, Bình dân học vụ số's included. */
	HouseholdFile withLiteracy() {
		header = LITERACY_HEADER;
		return this;
	}

	List<List<String>> rows() {
		return rows;
	}

	String csvText() {
		StringBuilder out = new StringBuilder(header).append("\r\n");
		for (List<String> row : rows) {
			out.append(row.stream().map(HouseholdFile::quoted).collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString();
	}

	public byte[] csv() {
		return csvText().getBytes(StandardCharsets.UTF_8);
	}

	/** Every cell as text, the way the template's text columns keep them. */
	byte[] xlsx() {
		return xlsx(Set.of());
	}

	/**
	 * As {@link #xlsx()}, but the cells named {@code "row:column"} (0-based, in {@link #rows()})
	 * are real Excel dates: their {@code dd/MM/yyyy} text becomes a date-formatted number, as
	 * Excel stores a date typed into a cell.
	 */
	byte[] xlsx(Set<String> dateCells) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Hộ");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			String[] names = this.header.split(",");
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (dateCells.contains(r + ":" + c)) {
						row.createCell(c).setCellValue(LocalDate.parse(value, DAY));
						row.getCell(c).setCellStyle(date);
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String quoted(String cell) {
		return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
