package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.support.IntegrationTest;

/** What lands in the households and residents, and that importing again changes only what changed. */
@IntegrationTest
class ImportMergeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CitizenIds citizenIds;

	record Stored(String name, LocalDate birthDate, int birthYear, String sex, String relation, String phone,
			byte[] cccdHash, byte[] cccdCipher, String updatedAt) {
	}

	private ImportRuns runs() {
		return new ImportRuns(mvc);
	}

	@Test
	void aCsvFileCreatesHouseholdsWithTheirResidentsAndEncryptedCitizenIds() throws Exception {
		String code = HouseholdFile.code();
		String cccd = HouseholdFile.cccd();
		String head = HouseholdFile.name();
		HouseholdFile file = new HouseholdFile()
			.resident(code, "Số 7, Tổ 3", head, "15/03/1980", "Nam", "Chủ hộ", "091 234 5678", cccd)
			.resident(code, "Số 7, Tổ 3", HouseholdFile.name(), "1982", "Nữ", "Vợ", "", "");

		JsonNode job = runs().csv("xa", file);

		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("householdsCreated").asInt()).isEqualTo(1);
		assertThat(job.get("rowsValid").asInt()).isEqualTo(2);
		Map<String, Object> household = jdbc.sql("""
				select h.address, u.name as hamlet, h.province_code, h.unit_path::text as path from household h
				join admin_unit u on u.id = h.unit_id where h.code = ?
				""").param(code).query().singleRow();
		assertThat(household).containsEntry("address", "Số 7, Tổ 3").containsEntry("hamlet", "Ấp 2")
			.containsEntry("province_code", "80");
		Stored stored = resident(code, head);
		assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1980, 3, 15));
		assertThat(stored.sex()).isEqualTo("MALE");
		assertThat(stored.relation()).isEqualTo("HEAD");
		assertThat(stored.phone()).isEqualTo("0912345678");
		assertThat(stored.cccdHash()).isEqualTo(citizenIds.hash(cccd));
		assertThat(new String(stored.cccdCipher(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(cccd);
		assertThat(jdbc.sql("""
				select birth_date is null and birth_year = 1982 and relation = 'SPOUSE' and sex = 'FEMALE' from resident r
				join household h on h.id = r.household_id where h.code = ? and r.full_name <> ?
				""").params(code, head).query(Boolean.class).single()).isTrue();
	}

	@Test
	void newHouseholdsAndResidentsGetTimeOrderedIdsInFileOrder() throws Exception {
		// five households over two batches (the test profile merges three households a batch)
		List<String> codes = new java.util.ArrayList<>();
		HouseholdFile file = new HouseholdFile();
		for (int i = 0; i < 5; i++) {
			String code = HouseholdFile.code();
			codes.add(code);
			file.resident(code, "Số " + i, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", "")
				.resident(code, "Số " + i, HouseholdFile.name(), "1975", "Nữ", "Vợ", "", "");
		}

		assertThat(runs().csv("xa", file).get("householdsCreated").asInt()).isEqualTo(5);

		String[] inIdOrder = jdbc.sql("""
				select array_agg(code order by id) from household where code = any(?)
				""").param(texts(codes)).query((rs, n) -> (String[]) rs.getArray(1).getArray()).single();
		assertThat(inIdOrder).as("households in id order are the file's order").containsExactlyElementsOf(codes);
		Map<String, Object> residents = jdbc.sql("""
				select bool_and(uuid_extract_version(r.id) = 7 and uuid_extract_version(h.id) = 7) as v7,
				       max(r.id::text) filter (where h.code = any(?)) < min(r.id::text) filter (where h.code = any(?)) as batches_in_order
				from resident r join household h on h.id = r.household_id where h.code = any(?)
				""").params(texts(codes.subList(0, 3)), texts(codes.subList(3, 5)), texts(codes)).query().singleRow();
		assertThat(residents).containsEntry("v7", true).containsEntry("batches_in_order", true);
	}

	private static org.springframework.jdbc.support.SqlArrayValue texts(List<String> values) {
		return new org.springframework.jdbc.support.SqlArrayValue("text", values.toArray());
	}

	@Test
	void anXlsxFileImportsLikeItsCsvTwin() throws Exception {
		String code = HouseholdFile.code();
		String head = HouseholdFile.name();
		String cccd = HouseholdFile.cccd();
		HouseholdFile file = new HouseholdFile()
			.resident(code, "Số 1", head, "02/09/1975", "Nữ", "Chủ hộ", "0987654321", cccd)
			.resident(code, "Số 1", HouseholdFile.name(), "2010", "Nam", "Con", "", "");

		JsonNode job = runs().xlsx("xa", file);

		assertThat(ImportRuns.errors(job)).isEmpty();
		assertThat(job.get("householdsCreated").asInt()).isEqualTo(1);
		Stored stored = resident(code, head);
		assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1975, 9, 2));
		assertThat(stored.phone()).isEqualTo("0987654321");
		assertThat(stored.cccdHash()).isEqualTo(citizenIds.hash(cccd));
		assertThat(residentCount(code)).isEqualTo(2);
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws Exception {
		HouseholdFile file = new HouseholdFile();
		String[] codes = { HouseholdFile.code(), HouseholdFile.code(), HouseholdFile.code(), HouseholdFile.code() };
		for (String code : codes) {
			file.resident(code, "Số 9", HouseholdFile.name(), "10/10/1970", "Nam", "Chủ hộ", "0912000111", HouseholdFile.cccd())
				.resident(code, "Số 9", HouseholdFile.name(), "1972", "Nữ", "Vợ", "", "")
				.resident(code, "Số 9", HouseholdFile.name(), "2001", "Nam", "Con", "0988000111", "");
		}
		JsonNode first = runs().csv("xa", file);
		assertThat(first.get("householdsCreated").asInt()).isEqualTo(4);
		List<String> before = snapshot(codes);
		long audit = count("audit_log");
		long residents = count("resident");
		long households = count("household");

		JsonNode again = runs().csv("xa", file);
		JsonNode asXlsx = runs().xlsx("xa", file);

		for (JsonNode job : List.of(again, asXlsx)) {
			assertThat(job.get("status").asString()).isEqualTo("DONE");
			assertThat(job.get("householdsCreated").asInt()).isZero();
			assertThat(job.get("householdsUpdated").asInt()).isZero();
			assertThat(job.get("householdsUnchanged").asInt()).isEqualTo(4);
			assertThat(job.get("rowsValid").asInt()).isEqualTo(12);
		}
		assertThat(snapshot(codes)).isEqualTo(before);
		assertThat(count("audit_log")).isEqualTo(audit);
		assertThat(count("resident")).isEqualTo(residents);
		assertThat(count("household")).isEqualTo(households);
	}

	@Test
	void anUpdatedFileChangesOnlyWhatChangedAndKeepsResidentsItNoLongerLists() throws Exception {
		String code = HouseholdFile.code();
		String other = HouseholdFile.code();
		String head = HouseholdFile.name();
		String wife = HouseholdFile.name();
		String child = HouseholdFile.name();
		String cccd = HouseholdFile.cccd();
		HouseholdFile original = new HouseholdFile()
			.resident(code, "Số 5", head, "1970", "Nam", "Chủ hộ", "0912000222", cccd)
			.resident(code, "Số 5", wife, "1972", "Nữ", "Vợ", "", "")
			.resident(code, "Số 5", child, "2005", "Nam", "Con", "", "")
			.resident(other, "Số 6", HouseholdFile.name(), "1950", "Nam", "Chủ hộ", "", "");
		runs().csv("xa", original);
		List<String> otherBefore = snapshot(other);
		Stored wifeBefore = resident(code, wife);
		long audit = count("audit_log");

		// the head's phone and birth date change (found by his CCCD although his name is now
		// spelt differently), the child is left out, a grandchild is born
		String grandchild = HouseholdFile.name();
		HouseholdFile updated = new HouseholdFile()
			.resident(code, "Số 5", head.toUpperCase(), "20/01/1970", "Nam", "Chủ hộ", "0912000333", cccd)
			.resident(code, "Số 5", wife, "1972", "Nữ", "Vợ", "", "")
			.resident(code, "Số 5", grandchild, "2024", "Nữ", "Cháu", "", "")
			.resident(other, "Số 6", otherName(other), "1950", "Nam", "Chủ hộ", "", "");
		JsonNode job = runs().csv("xa", updated);

		assertThat(job.get("householdsUpdated").asInt()).isEqualTo(1);
		assertThat(job.get("householdsUnchanged").asInt()).isEqualTo(1);
		Stored headAfter = resident(code, head.toUpperCase());
		assertThat(headAfter.phone()).isEqualTo("0912000333");
		assertThat(headAfter.birthDate()).isEqualTo(LocalDate.of(1970, 1, 20));
		assertThat(resident(code, wife)).usingRecursiveComparison().isEqualTo(wifeBefore);
		assertThat(residentCount(code)).isEqualTo(4);
		assertThat(resident(code, child).relation()).isEqualTo("CHILD");
		assertThat(snapshot(other)).isEqualTo(otherBefore);
		assertThat(count("audit_log")).isEqualTo(audit + 1);
		assertThat(jdbc.sql("select after::text from audit_log where entity_type = 'IMPORT' order by id desc limit 1")
			.query(String.class).single()).contains("\"householdsUpdated\": [\"" + code + "\"]");

		// a new address updates the household itself
		HouseholdFile moved = new HouseholdFile().resident(other, "Số 60, Tổ 4", otherName(other), "1950", "Nam", "Chủ hộ", "", "");
		JsonNode move = runs().csv("xa", moved);
		assertThat(move.get("householdsUpdated").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select address from household where code = ?").param(other).query(String.class).single())
			.isEqualTo("Số 60, Tổ 4");
	}

	/**
	 * A file sorted by something else than the household (here: all heads first, then all
	 * spouses) still lands each household whole, with its own residents, and imports unchanged
	 * the second time. Its merge batches (3 households in the tests) span most of the file.
	 */
	@Test
	void householdsWhoseRowsAreScatteredOverTheFileLandWhole() throws Exception {
		String[] codes = new String[12];
		String[] heads = new String[codes.length];
		String[] spouses = new String[codes.length];
		HouseholdFile file = new HouseholdFile();
		for (int i = 0; i < codes.length; i++) {
			codes[i] = HouseholdFile.code();
			heads[i] = HouseholdFile.name();
			spouses[i] = HouseholdFile.name();
			file.resident(codes[i], "Số " + i, heads[i], "1970", "Nam", "Chủ hộ", "", HouseholdFile.cccd());
		}
		for (int i = 0; i < codes.length; i++) {
			file.resident(codes[i], "Số " + i, spouses[i], "1972", "Nữ", "Vợ", "", "");
		}

		JsonNode first = runs().csv("xa", file);

		assertThat(ImportRuns.errors(first)).isEmpty();
		assertThat(first.get("householdsCreated").asInt()).isEqualTo(codes.length);
		for (int i = 0; i < codes.length; i++) {
			assertThat(jdbc.sql("""
					select string_agg(r.full_name, '|' order by r.birth_year) from resident r
					join household h on h.id = r.household_id where h.code = ?
					""").param(codes[i]).query(String.class).single()).isEqualTo(heads[i] + "|" + spouses[i]);
		}
		List<String> before = snapshot(codes);

		JsonNode again = runs().csv("xa", file);

		assertThat(again.get("householdsUnchanged").asInt()).isEqualTo(codes.length);
		assertThat(snapshot(codes)).isEqualTo(before);
		// the staging goes right after the job is marked done
		long jobIndexes = 1;
		for (int i = 0; i < 100 && jobIndexes > 0; i++) {
			Thread.sleep(i == 0 ? 0 : 20);
			jobIndexes = jdbc.sql("select count(*) from pg_indexes where indexname ~ '^import_row_[0-9a-f]{32}$'")
				.query(Long.class).single();
		}
		assertThat(jobIndexes).as("the job's index is dropped with its rows").isZero();
	}

	@Test
	void aBlankPhoneOrABirthYearAloneKeepsWhatIsStored() throws Exception {
		String code = HouseholdFile.code();
		String head = HouseholdFile.name();
		runs().csv("xa", new HouseholdFile().resident(code, "Số 8", head, "03/04/1966", "Nam", "Chủ hộ", "0912000444", ""));
		Stored before = resident(code, head);

		JsonNode job = runs().csv("xa", new HouseholdFile().resident(code, "Số 8", head, "1966", "Nam", "Chủ hộ", "", ""));

		assertThat(job.get("householdsUnchanged").asInt()).isEqualTo(1);
		assertThat(resident(code, head)).usingRecursiveComparison().isEqualTo(before);
	}

	private String otherName(String code) {
		return jdbc.sql("select r.full_name from resident r join household h on h.id = r.household_id where h.code = ?")
			.param(code).query(String.class).single();
	}

	private Stored resident(String code, String name) {
		return jdbc.sql("""
				select r.full_name, r.birth_date, r.birth_year, r.sex, r.relation, r.phone, r.cccd_hash, r.cccd_cipher,
				       r.updated_at::text as updated_at
				from resident r join household h on h.id = r.household_id where h.code = ? and r.full_name = ?
				""").params(code, name)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8), rs.getString(9)))
			.single();
	}

	private long residentCount(String code) {
		return jdbc.sql("select count(*) from resident r join household h on h.id = r.household_id where h.code = ?")
			.param(code).query(Long.class).single();
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

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
