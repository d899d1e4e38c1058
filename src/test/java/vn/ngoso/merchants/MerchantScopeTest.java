package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * Nobody reads or changes a point outside their subtree: a commune officer does not see the
 * neighbouring commune's points (404 in the API and on the page, absent from lists), a district
 * officer sees both; a member reads but cannot write; the same id sent again is answered, not
 * written twice.
 */
@IntegrationTest
class MerchantScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	MerchantFixtures fx;

	UUID neighbours;

	UUID own;

	@BeforeEach
	void setUp() throws Exception {
		fx = new MerchantFixtures(mvc, jdbc);
		neighbours = UUID.fromString(fx.create("huyen",
				MerchantFixtures.body("MARKET", fx.unitId(fx.neighbourCommune()), List.of("CARD"))).get("id").asString());
		own = UUID.fromString(fx.create("xa", MerchantFixtures.body("SUPERMARKET", fx.unitId("27781-001"),
				List.of("ATM_CARD"))).get("id").asString());
	}

	@Test
	void aCommuneOfficerDoesNotSeeTheNeighboursPoints() throws Exception {
		assertThat(fx.http().getRaw("xa", "/api/v1/merchants/" + neighbours).getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/merchants/" + neighbours).with(new DemoUsers(users).as("xa"))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		JsonNode list = fx.http().getJson("xa", "/api/v1/merchants?size=500");
		assertThat(list.get("items").findValuesAsString("id")).contains(own.toString()).doesNotContain(neighbours.toString());
		assertThat(fx.http().getJson("huyen", "/api/v1/merchants/" + neighbours).get("kind").asString()).isEqualTo("MARKET");
		assertThat(fx.http().getJson("huyen", "/api/v1/merchants/" + own).get("kind").asString()).isEqualTo("SUPERMARKET");
	}

	@Test
	void aCommuneOfficerCannotChangeTheNeighboursPoints() throws Exception {
		var body = MerchantFixtures.body("MARKET", fx.unitId("27781-001"), List.of("CARD"));
		var response = fx.putJson("xa", neighbours, body);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(fx.http().getJson("huyen", "/api/v1/merchants/" + neighbours).get("unitId").asLong())
			.isEqualTo(fx.unitId(fx.neighbourCommune()));
		var page = mvc.perform(post("/merchants/" + neighbours).with(new DemoUsers(users).as("xa")).with(csrf())
				.param("kind", "MARKET").param("name", "x").param("address", "y").param("methods", "CARD")
				.param("unitId", String.valueOf(fx.unitId("27781-001"))).param("startedOn", "2024-01-01"))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
	}

	@Test
	void aMemberReadsButDoesNotWrite() throws Exception {
		long before = fx.merchants();
		var response = fx.post("thanhvien", MerchantFixtures.body("MARKET", fx.unitId("27781-001"), List.of("CARD")));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(fx.merchants()).isEqualTo(before);
		assertThat(fx.http().getRaw("thanhvien", "/api/v1/merchants/template.xlsx").getStatus()).isEqualTo(404);
		assertThat(fx.http().getJson("thanhvien", "/api/v1/merchants/" + own).get("name").asString()).isNotBlank();
	}

	@Test
	void theSameIdTwiceIsWrittenOnce() throws Exception {
		var body = MerchantFixtures.body("CONVENIENCE_STORE", fx.unitId("27781-001"), List.of("VIETQR"));
		UUID id = UUID.randomUUID();
		body.put("id", id.toString());
		assertThat(fx.post("xa", body).getStatus()).isEqualTo(201);
		long after = fx.merchants();
		var again = fx.post("xa", body);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(fx.http().read(again.getContentAsString(StandardCharsets.UTF_8)).get("id").asString()).isEqualTo(id.toString());
		assertThat(fx.merchants()).isEqualTo(after);
	}

	@Test
	void theListFiltersByKindAndMethodOnThePageToo() throws Exception {
		String html = mvc.perform(get("/merchants").param("kind", "SUPERMARKET").param("method", "ATM_CARD")
				.with(new DemoUsers(users).as("huyen"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String name = fx.http().getJson("xa", "/api/v1/merchants/" + own).get("name").asString();
		assertThat(html).contains(name).doesNotContain(fx.http().getJson("huyen", "/api/v1/merchants/" + neighbours).get("name").asString());
		String fragment = mvc.perform(get("/merchants").param("kind", "MARKET").header("HX-Request", "true")
				.with(new DemoUsers(users).as("huyen"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html").doesNotContain(name);
	}
}
