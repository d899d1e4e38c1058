package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;

/** Acceptance points made through the API, spreadsheets written with POI, and the unit ids of the demo tree. */
final class MerchantFixtures {

	static final List<String> HEADER = List.of("Loại", "Tên", "Địa chỉ", "Mã xã", "Ấp/khu phố", "Vĩ độ", "Kinh độ",
			"Phương thức thanh toán", "Ngày bắt đầu (dd/MM/yyyy)", "Chợ (của sạp)", "Tổ hỗ trợ");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final AtomicInteger NAMES = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final HouseholdFixtures http;

	MerchantFixtures(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.http = new HouseholdFixtures(mvc, jdbc);
	}

	HouseholdFixtures http() {
		return http;
	}

	static String uniqueName(String prefix) {
		return prefix + " " + NAMES.incrementAndGet();
	}

	long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null order by valid_from limit 1")
			.param(code).query(Long.class)
			.single();
	}

	String path(String code) {
		return jdbc.sql("select path::text from admin_unit where code = ? and valid_to is null order by valid_from limit 1")
			.param(code)
			.query(String.class).single();
	}

	/** A commune of Huyện Vĩnh Hưng other than Xã Tuyên Bình: inside huyen's scope, outside xa's. */
	String neighbourCommune() {
		return jdbc.sql("""
				select c.code from admin_unit c
				where c.parent_id = (select parent_id from admin_unit where code = '27781' order by valid_from limit 1)
				  and c.code <> '27781' order by c.code limit 1
				""").query(String.class).single();
	}

	/** A commune outside Huyện Vĩnh Hưng. */
	String farCommune() {
		return jdbc.sql("""
				select c.code from admin_unit c
				where c.parent_id <> (select parent_id from admin_unit where code = '27781' order by valid_from limit 1)
				  and c.level = 3 and c.path <@ (select path from admin_unit where code = '80' order by valid_from limit 1)
				order by c.code limit 1
				""").query(String.class).single();
	}

	long merchants() {
		return jdbc.sql("select count(*) from merchant").query(Long.class).single();
	}

	static Map<String, Object> body(String kind, long unitId, List<String> methods) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", kind);
		body.put("name", uniqueName("Điểm thử"));
		body.put("address", "Số 1, đường Thử Nghiệm");
		body.put("unitId", unitId);
		body.put("methods", methods);
		body.put("startedOn", LocalDate.now().minusMonths(3).toString());
		return body;
	}

	MockHttpServletResponse post(String user, Map<String, Object> body) throws Exception {
		return http.postJson(user, "/api/v1/merchants", body);
	}

	MockHttpServletResponse putJson(String user, UUID id, Map<String, Object> body) throws Exception {
		return mvc.perform(put("/api/v1/merchants/" + id).header("Authorization", http.bearer(user))
				.contentType(MediaType.APPLICATION_JSON).content(http.json().writeValueAsString(body))).andReturn().getResponse();
	}

	JsonNode create(String user, Map<String, Object> body) throws Exception {
		var response = post(user, body);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		return http.read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The point of this (unique) name the user sees, or null. */
	JsonNode find(String user, String name) throws Exception {
		String number = name.substring(name.lastIndexOf(' ') + 1);
		for (JsonNode item : http.getJson(user, "/api/v1/merchants?size=500&q=" + number).get("items")) {
			if (item.get("name").asString().equals(name)) {
				return item;
			}
		}
		return null;
	}

	MockHttpServletResponse upload(String user, byte[] file) throws Exception {
		return mvc.perform(multipart("/api/v1/merchants/import")
				.file(new MockMultipartFile("file", "diem.xlsx", XLSX, file))
				.header("Authorization", http.bearer(user))).andReturn().getResponse();
	}

	/** A real workbook: the given header, then the rows, every cell a text cell. */
	static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Điểm");
			write(sheet.createRow(0), header);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), rows.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}
}
