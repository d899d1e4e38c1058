package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * A hamlet CSV whose rows name an unknown commune or an empty name answers with the row errors
 * (found by the screenshot tool: it used to answer 500, because the failed lookup marked the
 * import's transaction rollback-only).
 */
@IntegrationTest
class HamletImportRowErrorsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void unknownCommuneAndEmptyNameAreListedAsRowErrorsAndNothingIsWritten() throws Exception {
		int before = hamlets();
		var file = new MockMultipartFile("file", "ap.csv", "text/csv",
				"commune_code,name,type\n99999,Ấp Mới,Ấp\n27781,,Ấp\n27781,Ấp Hợp Lệ,Ấp\n".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/units/hamlets/import").file(file).with(csrf()).with(new DemoUsers(users).as("xa")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"import-errors\"")))
			.andExpect(content().string(Matchers.containsString("Mã xã không tồn tại")))
			.andExpect(content().string(Matchers.containsString("Tên không được để trống")));

		assertThat(hamlets()).isEqualTo(before);
	}

	private int hamlets() {
		return jdbc.sql("select count(*) from admin_unit where level = 4").query(Integer.class).single();
	}
}
