package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/** Hamlet codes stay unique although commune codes are reused by later versions of a commune. */
@IntegrationTest
@Transactional
class HamletCodeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aNewHamletTakesTheNextNumberOverEveryHamletWithThatCommuneCode() throws Exception {
		long commune = jdbc.sql("select id from admin_unit where code = '27781' and level = 3").query(Long.class).single();
		String tayNinhRoot = jdbc.sql("select path::text from admin_unit where code = '80' and valid_from = date '2025-07-01'")
			.query(String.class).single();
		int highest = jdbc.sql("select max(substring(code from '-(\\d+)$')::int) from admin_unit where code like '27781-%'")
			.query(Integer.class).single();
		// a hamlet elsewhere in the tree already carries a higher number (as a later commune 27781 would give it)
		String taken = String.format("27781-%03d", highest + 40);
		long id = jdbc.sql("select nextval('admin_unit_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code, valid_from, source)
				values (?, ?, 'Ấp khác', 'ap khac', 'AP', 4, null, (? || '.' || ?)::ltree, '80', current_date, 'LOCAL')
				""").params(id, taken, tayNinhRoot, id).update();

		String name = "Ấp " + UniqueValues.word();
		mvc.perform(post("/units/" + commune + "/hamlets").with(new DemoUsers(users).as("xa")).with(csrf())
				.param("name", name).param("type", "AP"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select code from admin_unit where parent_id = ? and name = ?").params(commune, name)
			.query(String.class).single()).isEqualTo(String.format("27781-%03d", highest + 41));
	}
}
