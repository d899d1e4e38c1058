package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.IntegrationTest;

/**
 * A failure in the middle of the merge (after a batch's households are written, before their
 * residents are) leaves every household either whole or absent, and importing the file again
 * finishes the job. The tests merge 3 households per batch (application-test.yml).
 */
@IntegrationTest
class ImportCrashSafetyTest {

	private static final int RESIDENTS_EACH = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportFaults faults;

	@AfterEach
	void disarm() {
		faults.disarm();
	}

	@Test
	void aFailureMidImportLeavesNoPartialHouseholdAndARetryFinishes() throws Exception {
		List<String> codes = new ArrayList<>();
		HouseholdFile file = new HouseholdFile();
		for (int i = 0; i < 8; i++) {
			String code = HouseholdFile.code();
			codes.add(code);
			file.resident(code, "Số " + i, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", HouseholdFile.cccd())
				.resident(code, "Số " + i, HouseholdFile.name(), "1972", "Nữ", "Vợ", "", "")
				.resident(code, "Số " + i, HouseholdFile.name(), "2000", "Nam", "Con", "", "");
		}
		faults.failInBatch(1);

		JsonNode failed = new ImportRuns(mvc).csv("xa", file);

		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("problem").asString()).startsWith("Lần nhập bị gián đoạn do lỗi hệ thống.");
		assertThat(failed.get("householdsCreated").asInt()).isEqualTo(3);
		for (int i = 0; i < codes.size(); i++) {
			assertThat(residents(codes.get(i))).as("residents of household %d", i).isEqualTo(i < 3 ? RESIDENTS_EACH : -1);
		}
		assertThat(jdbc.sql("select count(*) from import_row").query(Long.class).single()).isZero();

		JsonNode retried = new ImportRuns(mvc).csv("xa", file);

		assertThat(retried.get("status").asString()).isEqualTo("DONE");
		assertThat(retried.get("householdsUnchanged").asInt()).isEqualTo(3);
		assertThat(retried.get("householdsCreated").asInt()).isEqualTo(5);
		for (String code : codes) {
			assertThat(residents(code)).isEqualTo(RESIDENTS_EACH);
		}
	}

	/** The household's resident count, or -1 when the household is not there at all. */
	private int residents(String code) {
		return jdbc.sql("""
				select coalesce((select count(r.id) from household h left join resident r on r.household_id = h.id
				                 where h.code = ? group by h.province_code, h.id), -1)
				""").param(code).query(Integer.class).single();
	}
}
