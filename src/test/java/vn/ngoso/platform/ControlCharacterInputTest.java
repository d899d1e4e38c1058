package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/**
 * A NUL (PostgreSQL refuses it in text) in any text an endpoint takes: every path variable,
 * parameter, form field and JSON property of type String of every handler of the application,
 * found from the request mappings, sent one at a time with sample values everywhere else, as the
 * first role the endpoint lets in. The API answers a 400 problem naming the field; a page answers
 * 400 or shows the form again with the message; nothing answers 500.
 */
@IntegrationTest
class ControlCharacterInputTest {

	private static final String NUL_TEXT = "Thử\u0000nghiệm";

	/** The message a person reads: the one rule's, in Vietnamese. */
	private static final String MESSAGE = "ký tự điều khiển";

	/** Tried in this order until one is let in (not 401, 403 or the 404 that hides what is out of scope). */
	private static final List<String> USERS = List.of("admin", "xa", "totruong", "thanhvien", "coquan", "doitac");

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> bearers = new LinkedHashMap<>();

	/** A draft reported value, so that its forms are reached (the demo data has none); removed after. */
	private UUID reported;

	@BeforeEach
	void draftReportedValue() throws Exception {
		var response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/indicators/reported")
				.header("Authorization", bearer("xa")).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("unitCode", "27781", "indicator", "VNEID_DOSSIERS", "from", "2020-03",
						"to", "2020-03", "value", 5))))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		reported = UUID.fromString(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asString());
	}

	@AfterEach
	void removeReportedValue() {
		jdbc.sql("delete from reported_value where id = ?").param(reported).update();
	}

	@Test
	void aNulInAnyTextOfAnyEndpointIsRefusedNamingItNeverA500() throws Exception {
		TextInputs inputs = new TextInputs(this::sample, ControlCharacterInputTest::text, this::pathValue);
		List<String> failures = new ArrayList<>();
		List<String> tried = new ArrayList<>();
		for (var entry : endpoints().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			for (var input : inputs.of(handler)) {
				for (String pattern : info.getPatternValues()) {
					HttpMethod method = HttpMethod.valueOf(info.getMethodsCondition().getMethods().iterator().next().name());
					var request = inputs.request(handler, pattern, input, NUL_TEXT);
					boolean api = handler.getBeanType().isAnnotationPresent(RestController.class);
					boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
					MockHttpServletResponse response = send(method, pattern, request, api, multipart);
					String body = response.getContentAsString(StandardCharsets.UTF_8);
					String what = method + " " + pattern + " " + input.place() + " " + input.name() + " -> " + response.getStatus();
					tried.add(what);
					Optional<String> wrong = wrong(input, api, response.getStatus(), body);
					wrong.ifPresent(w -> failures.add(what + ": " + w + " " + body.substring(0, Math.min(body.length(), 300))));
				}
			}
		}
		assertThat(tried).as("text inputs found").hasSizeGreaterThan(100);
		assertThat(failures).as("endpoints that do not refuse a NUL cleanly, of %s tried", tried.size()).isEmpty();
	}

	/** Why the answer is wrong, if it is. */
	private Optional<String> wrong(TextInputs.TextInput input, boolean api, int status, String body) {
		if (status >= 500) {
			return Optional.of("server error");
		}
		if (input.place() == TextInputs.Place.PATH) {
			// an encoded NUL in the URL: Spring Security's firewall refuses it before any controller
			return status == 400 ? Optional.empty() : Optional.of("expected 400");
		}
		if (input.many()) {
			// a list of texts is bound through the conversion service, not the text editor: each
			// such parameter is parsed strictly by its controller (visit outcomes), never stored as typed
			return Optional.empty();
		}
		if (api) {
			return status == 400 && names(input.name(), json.readTree(body)) ? Optional.empty()
					: Optional.of("expected 400 naming the field with the message");
		}
		if (input.name().equals("website")) {
			// the citizens' forms' trap for robots, hidden from people: refused, with nothing to show
			return status == 400 ? Optional.empty() : Optional.of("expected 400");
		}
		return (status == 400 || status == 200) && body.contains(MESSAGE) ? Optional.empty()
				: Optional.of("expected 400 or the form again, with the message");
	}

	/**
	 * The problem names the field with the message ({@code errors: [{field, message}]}), or, for
	 * Open311, a GeoReport error says it ({@code [{code, description: "field: message"}]}).
	 */
	private static boolean names(String field, JsonNode answer) {
		List<JsonNode> errors = new ArrayList<>();
		(answer.isArray() ? answer : answer.path("errors")).forEach(errors::add);
		return errors.stream().anyMatch(e -> e.has("field") ? e.get("field").asString().equals(field)
				&& e.get("message").asString().contains(MESSAGE)
				: e.path("description").asString().startsWith(field + ": ") && e.path("description").asString().contains(MESSAGE));
	}

	/** Our handlers that take a request, by mapping: one method each. */
	private Map<RequestMappingInfo, HandlerMethod> endpoints() {
		Map<RequestMappingInfo, HandlerMethod> found = new LinkedHashMap<>();
		mappings.getHandlerMethods().entrySet().stream()
			.filter(e -> e.getValue().getBeanType().getName().startsWith("vn.ngoso."))
			.filter(e -> !e.getKey().getMethodsCondition().getMethods().isEmpty())
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Object::toString)))
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	private MockHttpServletResponse send(HttpMethod method, String pattern, TextInputs.Request request, boolean api,
			boolean multipart) throws Exception {
		MockHttpServletResponse last = null;
		for (String user : USERS) {
			try {
				last = mvc.perform(build(method, pattern, request, api, multipart, user)).andReturn().getResponse();
			}
			catch (jakarta.servlet.ServletException e) {
				// what the container turns into a 500
				last = new MockHttpServletResponse();
				last.setStatus(500);
				last.getWriter().print(e.getRootCause() == null ? e : e.getRootCause());
				return last;
			}
			if (last.getStatus() != 401 && last.getStatus() != 403 && last.getStatus() != 404) {
				return last;
			}
		}
		return last;
	}

	private AbstractMockHttpServletRequestBuilder<?> build(HttpMethod method, String pattern, TextInputs.Request request, boolean api,
			boolean multipart, String user) throws Exception {
		URI uri = UriComponentsBuilder.fromUriString(pattern).buildAndExpand(request.path()).encode().toUri();
		AbstractMockHttpServletRequestBuilder<?> builder = multipart
				? MockMvcRequestBuilders.multipart(method, uri) : MockMvcRequestBuilders.request(method, uri);
		request.params().forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
		if (request.body() != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request.body()));
		}
		String address = "10.9." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
		builder.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		if (api) {
			builder.header("Authorization", bearer(user));
		}
		else {
			builder.with(user(users.loadUserByUsername(user))).with(csrf());
		}
		return builder;
	}

	private String bearer(String user) {
		return bearers.computeIfAbsent(user, u -> {
			try {
				return ApiTokens.tokenFor(mvc, u);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	// --- sample values: real ids of the demo data where an endpoint needs one ------------------------

	/** A text that passes the field's own checks, so that only the NUL is wrong. */
	private static String text(String name) {
		String n = name.toLowerCase(java.util.Locale.ROOT);
		if (n.contains("phone")) {
			return UniqueValues.phone();
		}
		if (n.contains("cccd") || n.equals("cursor") || n.equals("website")) {
			return null;
		}
		if (n.equals("format")) {
			return "json";
		}
		if (n.contains("unitcode") || n.equals("address_id")) {
			return HouseholdFixtures.CA_BAN;
		}
		if (n.equals("code")) {
			return HouseholdFixtures.uniqueCode();
		}
		if (n.equals("username")) {
			return "thu" + UniqueValues.word().toLowerCase(java.util.Locale.ROOT);
		}
		if (n.equals("password")) {
			return "Mat-khau-du-dai-2025";
		}
		if (n.equals("lat") || n.equals("long") || n.equals("lon")) {
			return "10.5";
		}
		if (n.equals("effective")) {
			return LocalDate.now().toString();
		}
		return "Thử nghiệm " + UniqueValues.word();
	}

	private Object sample(Class<?> type, String name) {
		String n = name.toLowerCase(java.util.Locale.ROOT);
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == UUID.class) {
			if (n.contains("resident")) {
				return id("select r.id::text from resident r join household h on h.id = r.household_id"
						+ " join admin_unit u on u.id = h.unit_id where u.code = '27781-001' order by r.id limit 1");
			}
			if (n.contains("household")) {
				return id("select h.id::text from household h join admin_unit u on u.id = h.unit_id"
						+ " where u.code = '27781-001' order by h.id limit 1");
			}
			return UUID.randomUUID();
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			if (n.contains("unit") || n.equals("hamletid")) {
				return Long.parseLong(id("select id::text from admin_unit where code = '27781-001' and valid_to is null"));
			}
			if (n.equals("memberids")) {
				return List.of(Long.parseLong(id("select member_id::text from app_user where username = 'thanhvien'")));
			}
			if (n.contains("member")) {
				return Long.parseLong(id("select member_id::text from app_user where username = 'thanhvien'"));
			}
			if (n.contains("team")) {
				return Long.parseLong(id("select team_id::text from app_user where username = 'totruong'"));
			}
			if (n.equals("year")) {
				return LocalDate.now().getYear();
			}
			if (n.equals("limit") || n.equals("size")) {
				return 10;
			}
			return 1;
		}
		if (type == LocalDate.class) {
			return LocalDate.now();
		}
		if (type == Instant.class) {
			return Instant.now();
		}
		if (type == YearMonth.class) {
			return YearMonth.now();
		}
		if (type == Boolean.class || type == boolean.class) {
			return true;
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return new BigDecimal("10.5");
		}
		return null;
	}

	/** A real id for a path variable, chosen by the word before it ({@code /teams/{id}}: a team). */
	private String pathValue(String pattern, String variable) {
		String before = pattern.substring(0, pattern.indexOf("{" + variable));
		String[] segments = before.split("/");
		String segment = segments.length == 0 ? "" : segments[segments.length - 1];
		if (variable.equals("format")) {
			return "json";
		}
		if (variable.equals("unitId")) {
			return id("select id::text from admin_unit where code = '27781' and valid_to is null");
		}
		if (variable.equals("reference")) {
			return id(segment.equals("yeu-cau") ? "select reference from task where kind = 'CITIZEN_REQUEST' limit 1"
					: "select reference from feedback order by received_at limit 1");
		}
		return switch (segment) {
			case "ap" -> id("select id::text from admin_unit where code = '27781-001' and valid_to is null");
			case "households" -> sample(UUID.class, "household").toString();
			case "residents" -> sample(UUID.class, "resident").toString();
			case "feedback" -> uuid("select id::text from feedback order by received_at limit 1");
			case "members" -> id("select member_id::text from app_user where username = 'thanhvien'");
			case "teams" -> id("select team_id::text from app_user where username = 'totruong'");
			case "merchants" -> uuid("select id::text from merchant limit 1");
			case "partners" -> id("select id::text from partner limit 1");
			case "targets" -> id("select id::text from target limit 1");
			case "tasks" -> id("select id::text from task limit 1");
			case "trainings" -> id("select id::text from course limit 1");
			case "reported" -> reported.toString();
			case "visits" -> uuid("select id::text from visit limit 1");
			case "desk-days", "service-desk-days" -> uuid("select id::text from service_desk_day limit 1");
			case "users" -> id("select id::text from app_user where username = 'thanhvien'");
			case "units" -> variable.equals("code") ? "27781" : id("select id::text from admin_unit where code = '27781' and valid_to is null");
			case "requests" -> id("select reference from feedback order by received_at limit 1");
			case "services" -> id("select code from feedback_category limit 1");
			// no flag stands between tests (they roll back): an unknown id answers 404, never a 500
			case "flags" -> id("select coalesce((select max(id) from data_flag), 1)::text");
			case "verification" -> id("select id::text from verification_sample limit 1");
			default -> throw new AssertionError("no sample for {" + variable + "} in " + pattern + ": add one");
		};
	}

	/** An id of a table the demo data may leave empty: any id then (the body is read before the id is looked up). */
	private String uuid(String sql) {
		return jdbc.sql(sql).query(String.class).optional().orElse(UUID.randomUUID().toString());
	}

	private String id(String sql) {
		return jdbc.sql(sql).query(String.class).optional().orElse("0");
	}
}
