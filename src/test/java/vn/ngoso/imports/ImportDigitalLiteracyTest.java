package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * The household file's Bình dân học vụ số column (issue 17): its date is the item's day; a date
 * before 2025 is a row error in Vietnamese; a file made from the older template (without the
 * column) is still taken, as the other import tests' files are.
 */
@IntegrationTest
class ImportDigitalLiteracyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theColumnsDateIsTheItemsDayAndADateBefore2025IsRefused() throws Exception {
		var hamlet = new CommuneFixtures(mvc, userDetails).newHamlet();
		String good = HouseholdFile.name();
		String early = HouseholdFile.name();
		String code = HouseholdFile.code();
		HouseholdFile file = new HouseholdFile().withLiteracy()
			.row(row(hamlet.name(), code, good, "Chủ hộ", "15/08/2025"))
			.row(row(hamlet.name(), HouseholdFile.code(), early, "Chủ hộ", "2024"));

		JsonNode job = new ImportRuns(mvc).run("xa", "bdhvs.csv", file.csv());

		assertThat(ImportRuns.errors(job)).singleElement().asString()
			.startsWith("3|").contains("không thể trước năm 2025");
		assertThat(jdbc.sql("""
				select g.since::text from readiness g join resident r on r.id = g.resident_id
				where r.full_name = ? and g.item = 'DIGITAL_LITERACY'
				""").param(good).query(String.class).list()).containsExactly("2025-08-15");
	}

	private static String[] row(String hamlet, String code, String name, String relation, String literacy) {
		List<String> cells = new ArrayList<>(List.of(HouseholdFile.COMMUNE, hamlet, code, "Số 9, Tổ 1", name,
				"1980", "Nam", relation, "", "",
				"01/01/2023"));
		cells.addAll(Collections.nCopies(10, ""));
		cells.add(literacy);
		return cells.toArray(String[]::new);
	}
}
