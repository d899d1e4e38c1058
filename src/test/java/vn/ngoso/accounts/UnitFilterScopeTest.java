package vn.ngoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.accounts.ScopeTargets.MemberRef;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.SafeResponses;

/**
 * Every GET endpoint, page or API, that narrows what it shows by a unit ({@code unit},
 * {@code unitId} or {@code unitCode}), found in the application's request mappings so that a new
 * one is checked without anyone adding it here: given a unit outside the caller's scope it answers
 * 404, 403 or 400, or an empty list, and names nothing that lies there. An administrator gets 200
 * from the very same request, so each refusal is about scope and nothing else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitFilterScopeTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The names a unit filter goes by. */
	private static final Set<String> UNIT_PARAMETERS = Set.of("unit", "unitId", "unitCode");

	/**
	 * Values for the other parameters an endpoint requires. A new endpoint with a required
	 * parameter not named here fails {@link #everyEndpointTakingAUnitIsFoundAndCanBeCalled} until
	 * a value is added.
	 */
	private static final Map<String, String> REQUIRED_VALUES = Map.of("from", "2025-01", "to", "2025-06");

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private ScopeFixture fixture;

	private DemoUsers users;

	private final Map<String, String> tokens = new HashMap<>();

	/** A GET endpoint and the parameter that names its unit, by id or by official code. */
	record Endpoint(String path, String unitParameter, boolean byCode, Map<String, String> required) {

		boolean api() {
			return path.startsWith("/api/");
		}

		@Override
		public String toString() {
			return "GET " + path + "?" + unitParameter + "=";
		}
	}

	@BeforeAll
	void setUp() throws Exception {
		fixture = new ScopeFixture(jdbc);
		users = new DemoUsers(userDetails);
		for (String user : List.of("admin", "xa", "huyen", "totruong", "thanhvien")) {
			tokens.put(user, ApiTokens.tokenFor(mvc, user));
		}
	}

	@Test
	void everyEndpointTakingAUnitIsFoundAndCanBeCalled() throws Exception {
		List<Endpoint> endpoints = endpoints();
		// the ones the issue named, and some of each kind: if these are missing the scan is broken
		assertThat(endpoints).extracting(Endpoint::toString).contains("GET /api/v1/service-desk-days/upcoming?unit=",
				"GET /api/v1/service-desk-days?unit=", "GET /api/v1/teams?unit=", "GET /members?unitId=",
				"GET /households?unitId=");
		ScopeTargets xa = fixture.targets("xa");
		for (Endpoint e : endpoints) {
			boolean preselected = false;
			for (ScopeTargets.Unit unit : outsideUnits(xa)) {
				MvcResult result = call("admin", e, unit);
				assertThat(result.getResponse().getStatus()).as("%s as admin: %s", describe(result), body(result))
					.isEqualTo(200);
				preselected |= isForm(result) && preselects(body(result), unitValue(result));
			}
			if (e.path().endsWith("/new")) {
				assertThat(preselected).as("%s preselects the unit for an administrator", e).isTrue();
			}
		}
	}

	@ForEachScopedRole
	void aUnitOutsideTheScopeIsRefusedOrGivesAnEmptyListAndNamesNothingThere(String user) throws Exception {
		ScopeTargets t = fixture.targets(user);
		var before = fixture.snapshot(t);
		List<String> outsideNames = outsideNames(t);
		assertThat(outsideNames).as("something to look for").isNotEmpty();
		List<String> failures = new ArrayList<>();
		for (Endpoint e : endpoints()) {
			for (ScopeTargets.Unit unit : outsideUnits(t)) {
				MvcResult result = call(user, e, unit);
				String problem = problem(outsideNames, result);
				if (problem != null) {
					failures.add(describe(result) + " as " + t + ": " + problem);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(fixture.snapshot(t)).isEqualTo(before);
	}

	/** The commune beyond the scope, the unit just above it and a hamlet with a team outside it. */
	private List<ScopeTargets.Unit> outsideUnits(ScopeTargets t) {
		var hamlet = jdbc.sql("select id, code, name, path::text from admin_unit where id = ?")
			.param(t.outsideTeam().unitId())
			.query((rs, n) -> new ScopeTargets.Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		return List.copyOf(new LinkedHashSet<>(List.of(t.outsideUnit(), t.ancestor(), hamlet)));
	}

	/**
	 * Words that name only what lies outside the scope: the outside members' numbers, and the
	 * names of the outside members, team and unit unless something the caller may see (a unit
	 * above the scope, a team or member inside it) happens to bear the same name.
	 */
	private List<String> outsideNames(ScopeTargets t) {
		List<String> names = new ArrayList<>();
		for (MemberRef m : t.outsideMembers()) {
			names.add(m.phone());
			if (fixture.count("""
					select count(*) from member m join team t on t.id = m.team_id
					where m.full_name = ? and t.unit_path <@ cast(? as ltree)
					""", m.fullName(), t.scopePath()) == 0) {
				names.add(m.fullName());
			}
		}
		if (fixture.count("select count(*) from team where name = ? and unit_path <@ cast(? as ltree)",
				t.outsideTeam().name(), t.scopePath()) == 0) {
			names.add(t.outsideTeam().name());
		}
		if (fixture.count("""
				select count(*) from admin_unit where name = ?
				  and (path <@ cast(? as ltree) or path @> cast(? as ltree))
				""", t.outsideUnit().name(), t.scopePath(), t.scopePath()) == 0) {
			names.add(t.outsideUnit().name());
		}
		return names;
	}

	/** What is wrong with the answer, or null: refused, or an empty list, and nothing from outside named. */
	private static String problem(List<String> outsideNames, MvcResult result) throws Exception {
		int status = result.getResponse().getStatus();
		String body = body(result);
		for (String name : outsideNames) {
			if (body.contains(name)) {
				return "names " + name;
			}
		}
		if (status == 403 || status == 404 || status == 400) {
			return null;
		}
		String type = String.valueOf(result.getResponse().getContentType());
		if (status == 200 && type.startsWith(MediaType.APPLICATION_JSON_VALUE) && emptyList(JSON.readTree(body))) {
			return null;
		}
		if (status == 200 && isForm(result) && !preselects(body, unitValue(result))) {
			// a form for something new: the unit was only a preselection, and is not among the choices
			return null;
		}
		return "answered " + status + " " + type + ": " + body.substring(0, Math.min(body.length(), 300));
	}

	private static boolean isForm(MvcResult result) {
		return result.getRequest().getRequestURI().endsWith("/new");
	}

	private static String unitValue(MvcResult result) {
		return UNIT_PARAMETERS.stream().map(result.getRequest()::getParameter).filter(v -> v != null).findFirst()
			.orElseThrow();
	}

	private static boolean preselects(String html, String value) {
		return Pattern.compile("<option[^>]*\\bvalue=\"" + Pattern.quote(value) + "\"[^>]*\\bselected").matcher(html)
			.find();
	}

	private static boolean emptyList(JsonNode json) {
		if (json.isArray()) {
			return json.isEmpty();
		}
		return json.has("items") && json.get("items").isEmpty();
	}

	private MvcResult call(String user, Endpoint e, ScopeTargets.Unit unit) throws Exception {
		MockHttpServletRequestBuilder request = get(e.path()).param(e.unitParameter(),
				e.byCode() ? unit.code() : String.valueOf(unit.id()));
		e.required().forEach(request::param);
		if (e.api()) {
			request.header(HttpHeaders.AUTHORIZATION, tokens.get(user)).accept(MediaType.APPLICATION_JSON);
		}
		else {
			request.with(users.as(user));
		}
		return mvc.perform(request).andExpect(SafeResponses.noStackTrace()).andReturn();
	}

	/**
	 * The GET mappings with a unit parameter: a request parameter, or a property of a form object
	 * bound from the query. Mappings with path variables are items, not lists, and are left out.
	 */
	private List<Endpoint> endpoints() {
		Map<String, Endpoint> found = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String path : info.getPatternValues()) {
				if (path.contains("{")) {
					continue;
				}
				endpoints(path, entry.getValue()).forEach(e -> found.put(e.toString(), e));
			}
		}
		return List.copyOf(found.values());
	}

	/** One endpoint for each unit parameter of the handler (a report takes a code or an id). */
	private static List<Endpoint> endpoints(String path, HandlerMethod handler) {
		Map<String, Boolean> unitParameters = new TreeMap<>();
		Map<String, String> required = new TreeMap<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			p.initParameterNameDiscovery(NAMES);
			RequestParam annotation = p.getParameterAnnotation(RequestParam.class);
			String name = annotation == null ? null : annotation.name().isEmpty() ? p.getParameterName() : annotation.name();
			if (annotation != null && UNIT_PARAMETERS.contains(name)) {
				unitParameters.put(name, p.getParameterType() == String.class);
			}
			else if (annotation != null && annotation.required()
					&& annotation.defaultValue().equals(ValueConstants.DEFAULT_NONE)
					&& !MultipartFile.class.isAssignableFrom(p.getParameterType())) {
				required.put(name, REQUIRED_VALUES.getOrDefault(name, "missing-value-for-" + name));
			}
			else if (annotation == null && p.getParameterType().isRecord()
					&& p.getParameterType().getName().startsWith("vn.ngoso.")) {
				// a record bound from the query string (the API's UnitQuery): its components
				for (var component : p.getParameterType().getRecordComponents()) {
					if (UNIT_PARAMETERS.contains(component.getName())) {
						unitParameters.put(component.getName(), component.getType() == String.class);
					}
				}
			}
			else if (annotation == null && p.getParameterType().getName().startsWith("vn.ngoso.")) {
				// a form object bound from the query string
				for (String property : UNIT_PARAMETERS) {
					PropertyDescriptor d = BeanUtils.getPropertyDescriptor(p.getParameterType(), property);
					if (d != null && d.getWriteMethod() != null) {
						unitParameters.put(property, d.getPropertyType() == String.class);
					}
				}
			}
		}
		return unitParameters.entrySet().stream()
			.map(u -> new Endpoint(path, u.getKey(), u.getValue(), required))
			.toList();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String describe(MvcResult result) {
		var request = result.getRequest();
		StringBuilder query = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
			}
		});
		return request.getMethod() + " " + request.getRequestURI() + query;
	}
}
