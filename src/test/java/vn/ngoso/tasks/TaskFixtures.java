package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;

/** Tasks and targets through the API as the demo users, and the units and teams of the demo tree. */
final class TaskFixtures {

	final HouseholdFixtures http;

	final JdbcClient jdbc;

	TaskFixtures(HouseholdFixtures http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return HouseholdFixtures.today();
	}

	long unit(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null order by valid_from desc limit 1")
			.param(code).query(Long.class).single();
	}

	long teamOf(String hamletCode) {
		return jdbc.sql("select t.id from team t join admin_unit u on u.id = t.unit_id where u.code = ?")
			.param(hamletCode).query(Long.class).single();
	}

	/** A team in another commune of Huyện Vĩnh Hưng: inside huyen's scope, outside xa's. */
	long teamInAnotherCommuneOfVinhHung() {
		return jdbc.sql("""
				select t.id from team t join admin_unit d on d.code = '797' and t.unit_path <@ d.path
				join admin_unit c on c.code = '27781' and c.valid_to is null
				where not t.unit_path <@ c.path order by t.id limit 1
				""").query(Long.class).single();
	}

	/** A team outside Huyện Vĩnh Hưng. */
	long teamOutsideVinhHung() {
		return jdbc.sql("""
				select t.id from team t join admin_unit d on d.code = '797' and d.valid_to is null
				where not t.unit_path <@ d.path order by t.id limit 1
				""").query(Long.class).single();
	}

	static Map<String, Object> task(String title, String kind, long id, LocalDate startsOn, LocalDate dueOn,
			String accountable) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("doneMeans", "Mỗi hộ trong ấp được hướng dẫn cài VNeID mức 2");
		body.put("assigneeKind", kind);
		body.put("assigneeId", id);
		body.put("startsOn", startsOn == null ? null : startsOn.toString());
		body.put("dueOn", dueOn == null ? null : dueOn.toString());
		body.put("accountable", accountable);
		return body;
	}

	MockHttpServletResponse post(String user, String url, Object body) throws Exception {
		return http.postJson(user, url, body);
	}

	/** Creates a task and checks it was created; the answer. */
	JsonNode created(String user, Map<String, Object> body) throws Exception {
		var response = post(user, "/api/v1/tasks", body);
		assertThat(response.getStatus()).as(text(response)).isEqualTo(201);
		return http.read(text(response));
	}

	/** Refused with 400: the problem JSON. */
	JsonNode refused(String user, String url, Object body) throws Exception {
		var response = post(user, url, body);
		assertThat(response.getStatus()).as(text(response)).isEqualTo(400);
		assertThat(response.getContentType()).contains("application/problem+json");
		return http.read(text(response));
	}

	JsonNode get(String user, String url) throws Exception {
		return http.getJson(user, url);
	}

	int status(String user, String url) throws Exception {
		return http.getRaw(user, url).getStatus();
	}

	static String text(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Rows of the module's tables, to show a refusal wrote nothing. */
	Map<String, Long> rows() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : new String[] { "task", "task_event", "notification", "target", "audit_log" }) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}
}
