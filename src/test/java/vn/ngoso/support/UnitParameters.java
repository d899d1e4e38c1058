package vn.ngoso.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The API's rule for units, checked on one endpoint: a unit is named by its official code
 * ({@code unit=}), the deprecated internal id ({@code unitId=}) gives the very same answer, an
 * unknown code is 404, and whatever carries a unit carries both its id and its code.
 */
public final class UnitParameters {

	private UnitParameters() {
	}

	/** GETs {@code path} by code, by id and by both; the answer by code, once all three agreed. */
	public static JsonNode answersByCodeAndByDeprecatedId(HouseholdFixtures fx, String user, String path, String code,
			long id) throws Exception {
		String q = path.contains("?") ? "&" : "?";
		JsonNode byCode = fx.getJson(user, path + q + "unit=" + code);
		assertThat(fx.getJson(user, path + q + "unitId=" + id)).as("%s by the deprecated id", path).isEqualTo(byCode);
		assertThat(fx.getJson(user, path + q + "unit=" + code + "&unitId=" + id)).as("%s by both", path)
			.isEqualTo(byCode);
		var unknown = fx.getRaw(user, path + q + "unit=00000");
		assertThat(unknown.getStatus()).as("%s by an unknown code: %s", path,
				unknown.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(404);
		// a day or an id that cannot be read is a 400 naming the parameter, in words, never a trace
		var badDay = fx.getRaw(user, path + q + "unit=" + code + "&at=2025-13-45");
		String badDayText = badDay.getContentAsString(StandardCharsets.UTF_8);
		assertThat(badDay.getStatus()).as("%s with at=2025-13-45: %s", path, badDayText).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(badDayText), "at")).as(badDayText)
			.containsExactly("Ngày không hợp lệ: tham số at nhận ngày dạng năm-tháng-ngày, ví dụ 2025-06-30.");
		var badId = fx.getRaw(user, path + q + "unitId=abc");
		String badIdText = badId.getContentAsString(StandardCharsets.UTF_8);
		assertThat(badId.getStatus()).as("%s with unitId=abc: %s", path, badIdText).isEqualTo(400);
		assertThat(HouseholdFixtures.messagesFor(fx.read(badIdText), "unitId")).as(badIdText).isNotEmpty();
		return byCode;
	}

	/** Every object in the answer with a {@code unitId} or a {@code unitCode} has both (a national course has neither). */
	public static void carryIdAndCode(JsonNode json) {
		List<String> incomplete = new ArrayList<>();
		collect(json, incomplete);
		assertThat(incomplete).as("objects with a unit but not both its id and code").isEmpty();
	}

	/** The items of a list or page answer. */
	public static List<JsonNode> items(JsonNode json) {
		List<JsonNode> items = new ArrayList<>();
		(json.has("items") ? json.get("items") : json).forEach(items::add);
		return items;
	}

	private static void collect(JsonNode node, List<String> incomplete) {
		if (node.isObject() && node.hasNonNull("unitId") != node.hasNonNull("unitCode")) {
			incomplete.add(node.toString());
		}
		if (node.isContainer()) {
			node.forEach(child -> collect(child, incomplete));
		}
	}
}
