package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.figures.Figures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.Html;
import vn.ngoso.support.IntegrationTest;

/**
 * How a re-imported file finds the people already stored: those who withdrew consent stay
 * withdrawn (matched, reported, never written again), a corrected birth year is the same person,
 * what cannot be told is reported instead of guessed, and the file never moves a household or
 * gives it two heads.
 */
@IntegrationTest
class ImportMatchingTest {

	private static final String ERASED = "Người này đã rút đồng ý, không nhập lại (các dòng khác của hộ vẫn được nhập).";

	private static final String AMBIGUOUS = "Không xác định được là ai trong hộ: có nhiều người cùng họ tên và quan hệ"
			+ " (năm sinh khác), hoặc nhiều dòng cùng chỉ một người. Hãy ghi số CCCD hoặc sửa trên trang hộ.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Figures figures;

	HouseholdFixtures fx;

	@BeforeEach
	void setUp() {
		fx = new HouseholdFixtures(mvc, jdbc);
	}

	private ImportRuns runs() {
		return new ImportRuns(mvc);
	}

	// --- consent withdrawn stays withdrawn -----------------------------------------------------

	@Test
	void residentsWhoWithdrewConsentAreMatchedNotCreatedAgainAndReportedAsNotices() throws Exception {
		// eight households of four; in each the wife (with a CCCD) and the elder child (without)
		// withdraw consent: sixteen people, found again by their CCCD or by name and birth year
		String[] codes = new String[8];
		List<String[]> withdrawn = new ArrayList<>();
		HouseholdFile original = new HouseholdFile();
		String changedHead = null;
		for (int i = 0; i < codes.length; i++) {
			codes[i] = HouseholdFile.code();
			String head = HouseholdFile.name();
			String wife = HouseholdFile.name();
			String elder = HouseholdFile.name();
			original.resident(codes[i], "Số " + i, head, "12/03/1965", "Nam", "Chủ hộ", "0912000" + (100 + i), HouseholdFile.cccd())
				.resident(codes[i], "Số " + i, wife, "05/06/1968", "Nữ", "Vợ", "0987000" + (100 + i), HouseholdFile.cccd())
				.resident(codes[i], "Số " + i, elder, "20/10/1995", "Nam", "Con", "", "")
				.resident(codes[i], "Số " + i, HouseholdFile.name(), "2001", "Nữ", "Con", "", "");
			withdrawn.add(new String[] { codes[i], wife });
			withdrawn.add(new String[] { codes[i], elder });
			if (i == 0) {
				changedHead = head;
			}
		}
		JsonNode first = runs().csv("xa", original);
		assertThat(first.get("householdsCreated").asInt()).isEqualTo(8);
		List<UUID> erased = withdrawn.stream().map(w -> residentId(w[0], w[1])).toList();
		for (int i = 0; i < withdrawn.size(); i++) {
			withdraw(withdrawn.get(i)[0], withdrawn.get(i)[1], i % 4 == 0);
		}
		List<String> erasedBefore = stored(erased);
		String hamlet = hamletPath();
		List<String> figuresBefore = hamletFigures();
		long residents = residentCount(codes);

		// the original file again, but the first household's head has a new phone
		HouseholdFile again = new HouseholdFile();
		for (List<String> row : original.rows()) {
			List<String> copy = new ArrayList<>(row);
			if (copy.get(4).equals(changedHead)) {
				copy.set(8, "0912999000");
			}
			again.row(copy.toArray(String[]::new));
		}
		JsonNode job = runs().csv("xa", again);

		assertThat(ImportRuns.errors(job)).isEmpty();
		List<String> notices = notices(job);
		assertThat(notices).hasSize(16).allSatisfy(n -> assertThat(n).endsWith("|" + ERASED));
		assertThat(notices.stream().filter(n -> n.contains("|Số CCCD|079******")).count()).as("wives, by CCCD").isEqualTo(8);
		assertThat(notices.stream().filter(n -> n.contains("|Họ và tên|")).count()).as("children, by name").isEqualTo(8);
		assertThat(job.get("noticeCount").asInt()).isEqualTo(16);
		assertThat(job.get("rowsNoticed").asInt()).isEqualTo(16);
		assertThat(job.get("rowsValid").asInt()).isEqualTo(16);
		assertThat(job.get("rowsInvalid").asInt()).isZero();
		assertThat(job.get("householdsUpdated").asInt()).as("the head's phone").isEqualTo(1);
		assertThat(job.get("householdsUnchanged").asInt()).isEqualTo(7);
		assertThat(residentCount(codes)).as("nobody created again").isEqualTo(residents);
		assertThat(stored(erased)).as("nothing of the erased written again").isEqualTo(erasedBefore)
			.hasSize(16).allSatisfy(s -> assertThat(s).endsWith("||||"));
		assertThat(jdbc.sql("select r.phone from resident r join household h on h.id = r.household_id where h.code = ? and r.full_name = ?")
			.params(codes[0], changedHead).query(String.class).single()).isEqualTo("0912999000");
		assertThat(hamletFigures()).as("people 15+ and every figure of the hamlet").isEqualTo(figuresBefore);
		assertThat(figures.differencesUnder(hamlet)).as("live = recompute").isEmpty();

		// and again: the same notices, nothing written
		List<String> snapshot = snapshot(codes);
		JsonNode third = runs().csv("xa", again);
		assertThat(notices(third)).isEqualTo(notices);
		assertThat(third.get("householdsUnchanged").asInt()).isEqualTo(8);
		assertThat(snapshot(codes)).isEqualTo(snapshot);

		// the job page lists them apart from errors, and so does the report
		String page = page("/imports/" + third.get("id").asString());
		assertThat(page).contains("Không có dòng nào lỗi.", "id=\"report-link\"", "Dòng không nhập lại");
		assertThat(Html.tableRows(page, "import-notices")).hasSize(16).allSatisfy(r -> assertThat(r.get(3)).isEqualTo(ERASED));
		List<List<String>> report = report(third.get("id").asString());
		assertThat(report.get(0)).containsExactly("Dòng", "Cột", "Giá trị", "Lỗi", "Loại");
		assertThat(report.subList(1, report.size())).hasSize(16)
			.allSatisfy(r -> assertThat(r.subList(3, 5)).containsExactly(ERASED, "Ghi chú"));
	}

	@Test
	void theCitizenIdOfSomeoneWhoWithdrewIsNotTakenIntoAnotherHousehold() throws Exception {
		String code = HouseholdFile.code();
		String wife = HouseholdFile.name();
		String cccd = HouseholdFile.cccd();
		runs().csv("xa", new HouseholdFile().resident(code, "Số 1", HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "")
			.resident(code, "Số 1", wife, "1962", "Nữ", "Vợ", "", cccd));
		withdraw(code, wife, false);

		String other = HouseholdFile.code();
		String head = HouseholdFile.name();
		JsonNode job = runs().csv("xa", new HouseholdFile().resident(other, "Số 2", head, "1985", "Nam", "Chủ hộ", "", "")
			.resident(other, "Số 2", HouseholdFile.name(), "1962", "Nữ", "Mẹ", "", cccd));

		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(notices(job)).containsExactly("3|Số CCCD|" + masked(cccd) + "|" + ERASED);
		assertThat(job.get("householdsCreated").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select string_agg(r.full_name, ',') from resident r join household h on h.id = r.household_id where h.code = ?")
			.param(other).query(String.class).single()).isEqualTo(head);

		// a household of only such rows is not made at all
		String empty = HouseholdFile.code();
		JsonNode alone = runs().csv("xa", new HouseholdFile().resident(empty, "Số 3", HouseholdFile.name(), "1962", "Nữ", "Chủ hộ", "", cccd));
		assertThat(alone.get("rowsNoticed").asInt()).isEqualTo(1);
		assertThat(alone.get("householdsCreated").asInt()).isZero();
		assertThat(jdbc.sql("select count(*) from household where code = ?").param(empty).query(Long.class).single()).isZero();
	}

	@Test
	void someoneRegisteredAgainWithConsentIsMatchedAsUsual() throws Exception {
		String code = HouseholdFile.code();
		String wife = HouseholdFile.name();
		String cccd = HouseholdFile.cccd();
		HouseholdFile file = new HouseholdFile().resident(code, "Số 1", HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "")
			.resident(code, "Số 1", wife, "07/08/1962", "Nữ", "Vợ", "", cccd);
		runs().csv("xa", file);
		withdraw(code, wife, false);
		UUID household = jdbc.sql("select id from household where code = ?").param(code).query(UUID.class).single();
		Map<String, Object> again = HouseholdFixtures.resident(wife, java.time.LocalDate.of(1962, 8, 7), "FEMALE", "SPOUSE",
				null, null);
		again.put("consentMethod", "PAPER");
		UUID back = UUID.fromString(fx.addResident("xa", household, again).get("id").asString());

		JsonNode job = runs().csv("xa", file);

		assertThat(notices(job)).isEmpty();
		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(residentCount(code)).isEqualTo(3);
		assertThat(jdbc.sql("select cccd_hash is not null from resident where id = ?").param(back).query(Boolean.class)
			.single()).as("the file's CCCD goes to the person registered again").isTrue();
	}

	// --- matching people on re-import ------------------------------------------------------------

	@Test
	void aBirthYearCorrectedWithoutCitizenIdUpdatesTheSamePerson() throws Exception {
		String code = HouseholdFile.code();
		String son = HouseholdFile.name();
		String daughter = HouseholdFile.name();
		HouseholdFile file = new HouseholdFile()
			.resident(code, "Số 4", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", HouseholdFile.cccd())
			.resident(code, "Số 4", son, "2005", "Nam", "Con", "", "")
			.resident(code, "Số 4", daughter, "03/04/2008", "Nữ", "Con", "", "");
		runs().csv("xa", file);
		UUID sonId = residentId(code, son);
		UUID daughterId = residentId(code, daughter);

		HouseholdFile corrected = new HouseholdFile();
		corrected.row(file.rows().get(0).toArray(String[]::new))
			.resident(code, "Số 4", son.toUpperCase(), "2006", "Nam", "Con", "", "")
			.resident(code, "Số 4", daughter, "03/04/2009", "Nữ", "Con", "", "");
		JsonNode job = runs().csv("xa", corrected);

		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(job.get("householdsUpdated").asInt()).isEqualTo(1);
		assertThat(residentCount(code)).as("no second person").isEqualTo(3);
		assertThat(jdbc.sql("select birth_year || ' ' || coalesce(birth_date::text, '') from resident where id = ?")
			.param(sonId).query(String.class).single()).isEqualTo("2006 ");
		assertThat(jdbc.sql("select birth_date::text from resident where id = ?").param(daughterId).query(String.class)
			.single()).isEqualTo("2009-04-03");
		assertThat(runs().csv("xa", corrected).get("householdsUnchanged").asInt()).as("and then it is unchanged").isEqualTo(1);
	}

	@Test
	void whoCannotBeToldIsReportedAndTheHouseholdLeftAsItWas() throws Exception {
		// two children of the same name, born 2001 and 2003: a row for 2002 could be either
		String twins = HouseholdFile.code();
		String head = HouseholdFile.name();
		String child = HouseholdFile.name();
		runs().csv("xa", new HouseholdFile().resident(twins, "Số 5", head, "1970", "Nam", "Chủ hộ", "0912000555", "")
			.resident(twins, "Số 5", child, "2001", "Nam", "Con", "", "")
			.resident(twins, "Số 5", child, "2003", "Nam", "Con", "", ""));
		// one stored child, and two rows of that name with new years: which one is it?
		String competing = HouseholdFile.code();
		String other = HouseholdFile.name();
		runs().csv("xa", new HouseholdFile().resident(competing, "Số 6", HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "")
			.resident(competing, "Số 6", other, "2001", "Nam", "Con", "", ""));
		List<String> before = snapshot(twins, competing);

		JsonNode job = runs().csv("xa", new HouseholdFile()
			.resident(twins, "Số 50", head, "1970", "Nam", "Chủ hộ", "0912000556", "") // 2
			.resident(twins, "Số 50", child, "2002", "Nam", "Con", "", "") // 3
			.resident(competing, "Số 6", other, "2002", "Nam", "Con", "", "") // 4
			.resident(competing, "Số 6", other, "2004", "Nam", "Con", "", "")); // 5

		assertThat(ImportRuns.errors(job)).containsExactlyInAnyOrder(
				"2|Mã hộ|" + twins + "|Bỏ qua vì dòng 3 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).",
				"3|Họ và tên|" + child + "|" + AMBIGUOUS,
				"4|Họ và tên|" + other + "|" + AMBIGUOUS,
				"5|Họ và tên|" + other + "|" + AMBIGUOUS);
		assertThat(job.get("rowsInvalid").asInt()).isEqualTo(4);
		assertThat(job.get("rowsValid").asInt()).isZero();
		assertThat(job.get("householdsUpdated").asInt()).isZero();
		assertThat(snapshot(twins, competing)).as("address, phone, residents as they were").isEqualTo(before);
	}

	// --- the file never moves a household, nor gives it two heads ----------------------------------

	@Test
	void aHouseholdCodeOfAnotherHamletIsARowErrorAndTheHouseholdStays() throws Exception {
		String code = HouseholdFile.code();
		String head = HouseholdFile.name();
		runs().csv("xa", new HouseholdFile().resident(code, "Số 7, Ấp 2", head, "1960", "Nam", "Chủ hộ", "", ""));
		List<String> before = snapshot(code);

		JsonNode job = runs().csv("xa", new HouseholdFile()
			.row("27781", "Ấp 3", code, "Số 70, Ấp 3", head, "1960", "Nam", "Chủ hộ", "", "")
			.row("27781", "Ấp 3", code, "Số 70, Ấp 3", HouseholdFile.name(), "1990", "Nữ", "Con", "", ""));

		assertThat(ImportRuns.errors(job)).containsExactlyInAnyOrder("2|Ấp/khu phố|Ấp 3|Mã hộ " + code
				+ " đã dùng cho hộ ở Ấp 2; muốn chuyển hộ sang ấp khác, dùng nút Chuyển ấp trên trang hộ.",
				"3|Mã hộ|" + code + "|Bỏ qua vì dòng 2 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).");
		assertThat(snapshot(code)).as("not moved, address kept").isEqualTo(before);

		// a new address in the same hamlet still lands
		JsonNode same = runs().csv("xa", new HouseholdFile().resident(code, "Số 71, Ấp 2", head, "1960", "Nam", "Chủ hộ", "", ""));
		assertThat(same.get("householdsUpdated").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select u.name || '|' || h.address from household h join admin_unit u on u.id = h.unit_id where h.code = ?")
			.param(code).query(String.class).single()).isEqualTo("Ấp 2|Số 71, Ấp 2");
	}

	@Test
	void aHouseholdHasOneHead() throws Exception {
		// two heads in the file
		String fresh = HouseholdFile.code();
		JsonNode twoRows = runs().csv("xa", new HouseholdFile()
			.resident(fresh, "Số 8", HouseholdFile.name(), "1960", "Nam", "Chủ hộ", "", "")
			.resident(fresh, "Số 8", HouseholdFile.name(), "1962", "Nữ", "Chủ hộ", "", ""));
		assertThat(ImportRuns.errors(twoRows)).containsExactlyInAnyOrder(
				"3|Quan hệ với chủ hộ|Chủ hộ|Hộ đã có chủ hộ ở dòng 2 của tệp: mỗi hộ chỉ có một chủ hộ.",
				"2|Mã hộ|" + fresh + "|Bỏ qua vì dòng 3 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).");
		assertThat(jdbc.sql("select count(*) from household where code = ?").param(fresh).query(Long.class).single()).isZero();

		// a new head for a stored household whose head stays
		String code = HouseholdFile.code();
		String head = HouseholdFile.name();
		String wife = HouseholdFile.name();
		runs().csv("xa", new HouseholdFile().resident(code, "Số 9", head, "1940", "Nam", "Chủ hộ", "", "")
			.resident(code, "Số 9", wife, "1942", "Nữ", "Vợ", "", ""));
		List<String> before = snapshot(code);
		String son = HouseholdFile.name();
		JsonNode newHead = runs().csv("xa", new HouseholdFile()
			.resident(code, "Số 9", son, "1965", "Nam", "Chủ hộ", "", "")
			.resident(code, "Số 9", wife, "1942", "Nữ", "Mẹ", "", ""));
		assertThat(ImportRuns.errors(newHead)).containsExactlyInAnyOrder("2|Quan hệ với chủ hộ|Chủ hộ|Hộ đã có chủ hộ " + head
				+ " trong hệ thống (người này không có trong tệp với quan hệ khác): mỗi hộ chỉ có một chủ hộ.",
				"3|Mã hộ|" + code + "|Bỏ qua vì dòng 2 của cùng hộ bị lỗi (mọi dòng của một hộ được nhập cùng nhau).");
		assertThat(snapshot(code)).isEqualTo(before);

		// the same, with the old head in the file as the new head's father: the head changes
		JsonNode handedOver = runs().csv("xa", new HouseholdFile()
			.resident(code, "Số 9", son, "1965", "Nam", "Chủ hộ", "", "")
			.resident(code, "Số 9", head, "1940", "Nam", "Cha", "", "")
			.resident(code, "Số 9", wife, "1942", "Nữ", "Mẹ", "", ""));
		assertThat(ImportRuns.errors(handedOver)).isEmpty();
		assertThat(jdbc.sql("""
				select string_agg(r.relation, ',' order by r.birth_year) from resident r
				join household h on h.id = r.household_id where h.code = ?
				""").param(code).query(String.class).single()).isEqualTo("PARENT,PARENT,HEAD");
	}

	// --- helpers ------------------------------------------------------------------------------------

	/** Withdraws a resident's consent through the API, or on the household page. */
	private void withdraw(String code, String name, boolean onThePage) throws Exception {
		UUID household = jdbc.sql("select id from household where code = ?").param(code).query(UUID.class).single();
		UUID resident = residentId(code, name);
		if (onThePage) {
			int status = mvc.perform(post("/households/" + household + "/residents/" + resident + "/consent/withdraw")
					.with(new DemoUsers(users).as("xa")).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).isEqualTo(302);
		}
		else {
			assertThat(fx.postJson("xa", "/api/v1/households/" + household + "/residents/" + resident + "/consent/withdraw",
					Map.of()).getStatus()).isEqualTo(204);
		}
	}

	private UUID residentId(String code, String name) {
		return jdbc.sql("select r.id from resident r join household h on h.id = r.household_id where h.code = ? and r.full_name = ?")
			.params(code, name).query(UUID.class).single();
	}

	/** What an erased resident keeps, and the four fields that must stay empty at the end. */
	private List<String> stored(List<UUID> ids) {
		return jdbc.sql("""
				select r.id || '|' || r.full_name || '|' || r.birth_year || '|' || r.relation || '|' || r.updated_at || '|'
				       || coalesce(r.birth_date::text, '') || '|' || coalesce(r.phone, '') || '|'
				       || coalesce(encode(r.cccd_cipher, 'hex'), '') || '|' || coalesce(encode(r.cccd_hash, 'hex'), '')
				from resident r where r.id = any(?) and r.erased_at is not null order by r.id
				""").param(ids.toArray(UUID[]::new)).query(String.class).list();
	}

	private long residentCount(String... codes) {
		return jdbc.sql("select count(*) from resident r join household h on h.id = r.household_id where h.code = any(?)")
			.param(codes).query(Long.class).single();
	}

	private String hamletPath() {
		return jdbc.sql("select u.path::text from admin_unit u join admin_unit c on c.id = u.parent_id"
				+ " where c.code = '27781' and c.valid_to is null and u.name = 'Ấp 2'").query(String.class).single();
	}

	private List<String> hamletFigures() {
		return jdbc.sql("""
				select f.indicator || ' ' || f.month || ' ' || f.value from figure f
				join admin_unit u on u.id = f.unit_id where u.path = cast(? as ltree) order by f.indicator, f.month
				""").param(hamletPath()).query(String.class).list();
	}

	/** Every stored field and timestamp of the households and their residents. */
	private List<String> snapshot(String... codes) {
		return jdbc.sql("""
				select h.id || h.address || h.unit_id || h.updated_at || coalesce(string_agg(r.id || r.full_name
				       || coalesce(r.birth_date::text, '') || r.birth_year || r.sex || r.relation || coalesce(r.phone, '')
				       || coalesce(encode(r.cccd_cipher, 'hex'), '') || r.updated_at, '|' order by r.id), '')
				from household h left join resident r on r.household_id = h.id
				where h.code = any(?) group by h.province_code, h.id order by h.code
				""").param(codes).query(String.class).list();
	}

	private static List<String> notices(JsonNode job) {
		List<String> lines = new ArrayList<>();
		for (JsonNode e : job.get("notices")) {
			lines.add(e.get("row").asInt() + "|" + e.get("column").asString() + "|"
					+ (e.get("value").isNull() ? "" : e.get("value").asString()) + "|" + e.get("message").asString());
		}
		return lines;
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(new DemoUsers(users).as("xa"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<List<String>> report(String id) throws Exception {
		byte[] xlsx = mvc.perform(get("/imports/" + id + "/report.xlsx").with(new DemoUsers(users).as("xa"))).andReturn()
			.getResponse().getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
						? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue()));
				rows.add(cells);
			}
		}
		return rows;
	}

	private static String masked(String cccd) {
		return cccd.substring(0, 3) + "******" + cccd.substring(9);
	}
}
