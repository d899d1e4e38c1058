package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;

/** A phone, as the sync tests drive it: records as the offline app builds them, pull and push over the API. */
final class SyncClient {

	private final MockMvc mvc;

	private final HouseholdFixtures fx;

	SyncClient(MockMvc mvc, HouseholdFixtures fx) {
		this.mvc = mvc;
		this.fx = fx;
	}

	static Map<String, Object> visit(UUID id, UUID household, LocalDate date, Map<UUID, List<String>> outcomes) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("householdId", household.toString());
		data.put("date", date.toString());
		List<Map<String, Object>> list = new ArrayList<>();
		outcomes.forEach((resident, items) -> list.add(Map.of("residentId", resident.toString(), "items", items)));
		data.put("outcomes", list);
		data.put("note", "Ghi khi không có sóng");
		return record(id, "visit", Instant.now(), "visit", data);
	}

	static Map<String, Object> resident(UUID id, UUID household, String name, LocalDate birthDate) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("householdId", household.toString());
		data.put("fullName", name);
		data.put("birthDate", birthDate.toString());
		data.put("sex", "FEMALE");
		data.put("relation", "CHILD");
		return record(id, "resident", Instant.now(), "resident", data);
	}

	static Map<String, Object> edit(UUID id, UUID household, UUID resident, String name, String phone, Instant at) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("householdId", household.toString());
		data.put("residentId", resident.toString());
		data.put("fullName", name);
		data.put("phone", phone);
		return record(id, "resident-edit", at, "edit", data);
	}

	private static Map<String, Object> record(UUID id, String type, Instant at, String key, Object data) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", id.toString());
		record.put("type", type);
		record.put("at", at.toString());
		record.put(key, data);
		return record;
	}

	MockHttpServletResponse pushRaw(String user, List<Map<String, Object>> records) throws Exception {
		return fx.postJson(user, "/api/v1/sync/push", Map.of("records", records));
	}

	/** A push from a phone that names itself, as the offline app does. */
	MockHttpServletResponse pushFromPhone(String user, String device, List<Map<String, Object>> records)
			throws Exception {
		return mvc.perform(post("/api/v1/sync/push").header("Authorization", fx.bearer(user))
				.header("X-Ngoso-Device", device).contentType(MediaType.APPLICATION_JSON)
				.content(fx.json().writeValueAsString(Map.of("records", records)))).andReturn().getResponse();
	}

	/** The statuses answered, in order; the push must answer 200. */
	List<String> push(String user, List<Map<String, Object>> records) throws Exception {
		return results(user, records).stream().map(r -> r.get("status").asString()).toList();
	}

	List<JsonNode> results(String user, List<Map<String, Object>> records) throws Exception {
		var response = pushRaw(user, records);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		List<JsonNode> results = new ArrayList<>();
		fx.read(response.getContentAsString(StandardCharsets.UTF_8)).get("results").forEach(results::add);
		return results;
	}

	JsonNode pull(String user, String cursor, int limit) throws Exception {
		var response = mvc.perform(get("/api/v1/sync/pull").header("Authorization", fx.bearer(user))
				.param("cursor", cursor == null ? "" : cursor).param("limit", String.valueOf(limit)))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		return fx.read(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** Pulls until {@code more} is false; the pages in order. */
	List<JsonNode> pullAll(String user, String cursor, int limit) throws Exception {
		List<JsonNode> pages = new ArrayList<>();
		String at = cursor;
		do {
			JsonNode page = pull(user, at, limit);
			pages.add(page);
			at = page.get("cursor").asString();
		}
		while (pages.get(pages.size() - 1).get("more").asBoolean());
		return pages;
	}

	static String lastCursor(List<JsonNode> pages) {
		return pages.get(pages.size() - 1).get("cursor").asString();
	}

	/** Every household id the pages hold. */
	static List<UUID> households(List<JsonNode> pages) {
		List<UUID> ids = new ArrayList<>();
		pages.forEach(p -> p.get("households").forEach(h -> ids.add(UUID.fromString(h.get("id").asString()))));
		return ids;
	}

	static JsonNode household(List<JsonNode> pages, UUID id) {
		JsonNode found = null;
		for (JsonNode page : pages) {
			for (JsonNode h : page.get("households")) {
				if (h.get("id").asString().equals(id.toString())) {
					found = h;
				}
			}
		}
		assertThat(found).as("household %s in the pages", id).isNotNull();
		return found;
	}
}
