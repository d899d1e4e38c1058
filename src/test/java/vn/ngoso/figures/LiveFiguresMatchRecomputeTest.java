package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.CommuneFixtures;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/**
 * The live aggregates equal a recompute from the raw records after any mix of writes. Each seed
 * drives a random sequence of what users do in one commune, through the API as they would:
 * households and residents registered (some about to turn 15), visits back-dated in any order
 * with random outcomes, consent withdrawn (which erases birth days), imports that change birth
 * dates, households moved on their page's "Chuyển ấp", teams founded, members joining and
 * leaving. Then every aggregate row of the commune's subtree must equal what the records make,
 * and the commune's report lines add up (guided and covered within the households). A failure
 * names the seed and the steps, so it can be replayed.
 */
@IntegrationTest
class LiveFiguresMatchRecomputeTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final List<String> ITEMS = List.of("SMARTPHONE", "VNEID_DOSSIER", "VNEID_ACTIVATED", "PROVINCIAL_APP",
			"ONLINE_SERVICE_ACCOUNT", "ONLINE_SERVICE_USED", "BANK_ACCOUNT", "CASHLESS", "VSSID", "FLUENT", "DIGITAL_LITERACY");

	private static final String CA_BAN = "Ấp Cả Bản";

	private static final String AP_2 = "Ấp 2";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Figures figures;

	@Autowired
	vn.ngoso.outreach.Visits visitService;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	/** The visits the walk recorded, and which of them are disputed now (verification, issue 18). */
	final Map<UUID, Boolean> visits = new LinkedHashMap<>();

	HouseholdFixtures households;

	CommuneFixtures commune;

	String communePath;

	/** What the test knows of the households it made: code, hamlet, residents. */
	record Person(UUID id, String name, LocalDate birth) {
	}

	static final class House {

		final UUID id;

		final String code;

		String hamlet;

		/** The day it moved to its hamlet by "Chuyển ấp": a team visits it there from that day on. */
		LocalDate movedOn;

		final List<Person> people = new ArrayList<>();

		House(UUID id, String code, String hamlet) {
			this.id = id;
			this.code = code;
			this.hamlet = hamlet;
		}
	}

	@BeforeEach
	void setUp() throws Exception {
		households = new HouseholdFixtures(mvc, jdbc);
		commune = new CommuneFixtures(mvc, users);
		communePath = jdbc.sql("select path::text from admin_unit where code = '27781' and valid_to is null")
			.query(String.class).single();
	}

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 12).map(i -> i * 7919);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void liveFiguresEqualTheRecompute(long seed) throws Exception {
		Random random = new Random(seed);
		Random disputes = new Random(~seed);
		List<String> steps = new ArrayList<>();
		List<House> houses = new ArrayList<>();
		Map<Long, List<Long>> teams = new HashMap<>();
		for (int step = 0; step < 14; step++) {
			int kind = random.nextInt(houses.isEmpty() ? 1 : 7);
			switch (kind) {
				case 0 -> houses.add(register(random, steps));
				case 1 -> visit(random, houses, steps);
				case 2 -> withdraw(random, houses, steps);
				case 3 -> importFile(random, houses, steps);
				case 4 -> members(random, teams, steps);
				case 5 -> move(random, houses, steps);
				default -> visit(random, houses, steps);
			}
			// a second stream, so the walk of each seed stays the one it was before disputes existed
			if (disputes.nextInt(3) == 0) {
				dispute(disputes, steps);
			}
		}
		assertThat(figures.differencesUnder(communePath))
			.as("seed %d, steps:%n%s", seed, String.join("\n", steps)).isEmpty();
		assertThat(reportLinesThatDoNotAddUp()).as("seed %d, steps:%n%s", seed, String.join("\n", steps)).isEmpty();
	}

	/**
	 * Months in which the commune counts more guided or covered households than households.
	 * Moves stay within a commune, so at the commune (and above) every line is within the
	 * households; a hamlet that households moved out of keeps the visits (and guided households)
	 * made there, and may show more of them than it has households now.
	 */
	private List<String> reportLinesThatDoNotAddUp() {
		return jdbc.sql("""
				with running as (
				    select f.indicator, f.month,
				           sum(f.value) over (partition by f.indicator order by f.month) as total
				    from figure f join admin_unit u on u.id = f.unit_id
				    where u.path = cast(:path as ltree)
				      and f.indicator in ('HOUSEHOLDS', 'COVERED_HOUSEHOLDS', 'GUIDED_ONLINE_SERVICES',
				                          'GUIDED_PROVINCIAL_APP', 'GUIDED_CASHLESS')),
				months as (select distinct month from running)
				select p.indicator || ' ' || m.month || ': ' || p.total || ' > ' || coalesce(h.total, 0)
				from months m
				cross join lateral (select distinct on (indicator) indicator, total from running
				                    where month <= m.month and indicator <> 'HOUSEHOLDS'
				                    order by indicator, month desc) p
				left join lateral (select total from running where indicator = 'HOUSEHOLDS' and month <= m.month
				                   order by month desc limit 1) h on true
				where p.total > coalesce(h.total, 0)
				order by 1
				""").param("path", communePath).query(String.class).list();
	}

	/** "Chuyển ấp": a known household moves to the other hamlet, today, through the API. */
	private void move(Random random, List<House> houses, List<String> steps) throws Exception {
		House house = houses.get(random.nextInt(houses.size()));
		String target = house.hamlet.equals(CA_BAN) ? AP_2 : CA_BAN;
		var response = households.postJson("xa", "/api/v1/households/" + house.id + "/move",
				Map.of("unitCode", hamletCode(target)));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		house.hamlet = target;
		house.movedOn = HouseholdFixtures.today();
		steps.add("move " + house.code + " to " + target);
	}

	private House register(Random random, List<String> steps) throws Exception {
		String hamlet = random.nextBoolean() ? CA_BAN : AP_2;
		String code = HouseholdFixtures.uniqueCode();
		UUID id = UUID.fromString(households.createHousehold(hamletCode(hamlet), code).get("id").asString());
		House house = new House(id, code, hamlet);
		int size = 1 + random.nextInt(4);
		for (int i = 0; i < size; i++) {
			LocalDate birth = birth(random);
			String name = UniqueValues.personName();
			JsonNode r = households.addResident(household(house.id),
					HouseholdFixtures.resident(name, birth, random.nextBoolean() ? "MALE" : "FEMALE", i == 0 ? "HEAD" : "CHILD",
							null, null));
			house.people.add(new Person(UUID.fromString(r.get("id").asString()), name, birth));
		}
		steps.add("register " + code + " in " + hamlet + " with " + house.people);
		return house;
	}

	/** Ages 3–80, and now and then someone who turns (or just turned) 15 within a few months. */
	private static LocalDate birth(Random random) {
		LocalDate today = HouseholdFixtures.today();
		if (random.nextInt(4) == 0) {
			return today.minusYears(15).plusDays(random.nextInt(240) - 120);
		}
		return today.minusYears(3 + random.nextInt(78)).minusDays(random.nextInt(365));
	}

	private UUID household(UUID id) {
		return id;
	}

	private void visit(Random random, List<House> houses, List<String> steps) throws Exception {
		List<House> inCaBan = houses.stream().filter(h -> h.hamlet.equals(CA_BAN)).toList();
		if (inCaBan.isEmpty()) {
			return;
		}
		House house = inCaBan.get(random.nextInt(inCaBan.size()));
		LocalDate date = HouseholdFixtures.today().minusDays(random.nextInt(360));
		if (house.movedOn != null && date.isBefore(house.movedOn)) {
			date = house.movedOn;
		}
		Map<UUID, List<String>> outcomes = new LinkedHashMap<>();
		for (Person p : house.people) {
			if (p.birth.isBefore(HouseholdFixtures.today().minusYears(16)) && random.nextBoolean()) {
				List<String> items = new ArrayList<>();
				for (String item : ITEMS) {
					if (random.nextInt(4) == 0) {
						items.add(item);
					}
				}
				if (!items.isEmpty()) {
					outcomes.put(p.id, items);
				}
			}
		}
		UUID visit = UUID.randomUUID();
		var body = HouseholdFixtures.visit(visit, house.id, date, List.of(), outcomes);
		// some Bình dân học vụ số certificates are dated months before the visit that saw them
		for (Object o : (List<?>) body.get("outcomes")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> outcome = (Map<String, Object>) o;
			if (((List<?>) outcome.get("items")).contains("DIGITAL_LITERACY") && random.nextBoolean()) {
				outcome.put("certificateDate", date.minusDays(random.nextInt(200)).toString());
			}
		}
		assertThat(households.postVisit("thanhvien", body).getStatus()).isEqualTo(201);
		visits.put(visit, false);
		if (random.nextBoolean()) {
			// the phone sends it again on a bad connection
			assertThat(households.postVisit("thanhvien", body).getStatus()).isIn(200, 201);
		}
		steps.add("visit " + house.code + " on " + date + ": " + body.get("outcomes"));
	}

	/**
	 * A visit its resident did not confirm (verification) is disputed, or a dispute resolved: the
	 * visit's guided households and the profile items it set leave the figures, or come back.
	 */
	private void dispute(Random random, List<String> steps) {
		if (visits.isEmpty()) {
			return;
		}
		List<UUID> ids = List.copyOf(visits.keySet());
		UUID visit = ids.get(random.nextInt(ids.size()));
		boolean disputed = !visits.get(visit);
		var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var xa = users.loadUserByUsername("xa");
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(xa, null, xa.getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			new org.springframework.transaction.support.TransactionTemplate(transactions)
				.executeWithoutResult(status -> visitService.dispute(visit, disputed));
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(before);
		}
		visits.put(visit, disputed);
		steps.add((disputed ? "dispute " : "resolve ") + visit);
	}

	private void withdraw(Random random, List<House> houses, List<String> steps) throws Exception {
		House house = houses.get(random.nextInt(houses.size()));
		Person person = house.people.get(random.nextInt(house.people.size()));
		var response = households.postJson("xa",
				"/api/v1/households/" + house.id + "/residents/" + person.id + "/consent/withdraw", Map.of());
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 204);
		steps.add("withdraw consent of " + person.id + " in " + house.code);
	}

	/**
	 * Re-imports one known household (in its hamlet: the file never moves a household), with its
	 * first resident's birth day changed within the same year (so the import finds the same
	 * person), plus a new household.
	 */
	private void importFile(Random random, List<House> houses, List<String> steps) throws Exception {
		House house = houses.get(random.nextInt(houses.size()));
		String target = house.hamlet;
		StringBuilder csv = new StringBuilder(
				"Mã xã,Ấp/khu phố,Mã hộ,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,Số điện thoại,Số CCCD\n");
		List<Person> erasedFree = house.people.stream().filter(p -> !erased(p.id)).toList();
		for (int i = 0; i < erasedFree.size(); i++) {
			Person p = erasedFree.get(i);
			LocalDate birth = i == 0 ? p.birth.withDayOfYear(1 + random.nextInt(p.birth.lengthOfYear()))
					: p.birth;
			if (birth.isAfter(HouseholdFixtures.today())) {
				birth = p.birth;
			}
			csv.append(row(target, house.code, p.name, birth, i == 0 ? "Chủ hộ" : "Con"));
		}
		String fresh = HouseholdFixtures.uniqueCode();
		csv.append(row(target, fresh, UniqueValues.personName(), birth(random), "Chủ hộ"));
		JsonNode job = runImport(csv.toString());
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
		steps.add("import: " + house.code + " in " + target + ", new " + fresh + " -> " + job.get("rowsInvalid"));
	}

	private boolean erased(UUID resident) {
		return jdbc.sql("select erased_at is not null from resident where id = ?").param(resident).query(Boolean.class)
			.single();
	}

	private static String row(String hamlet, String code, String name, LocalDate birth, String relation) {
		return "27781," + hamlet + "," + code + ",\"Số 5, Kênh Thử Nghiệm\"," + name + "," + DAY.format(birth) + ",Nam,"
				+ relation + ",,\n";
	}

	private JsonNode runImport(String csv) throws Exception {
		String bearer = ApiTokens.tokenFor(mvc, "xa");
		var started = mvc.perform(multipart("/api/v1/imports/households")
				.file(new MockMultipartFile("file", "ho.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.header("Authorization", bearer)).andReturn().getResponse();
		assertThat(started.getStatus()).as(started.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(202);
		String id = households.read(started.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		for (int i = 0; i < 3000; i++) {
			JsonNode job = households.read(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", bearer))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
			if (!List.of("QUEUED", "RUNNING").contains(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	/** Founds a team now and then, adds members born and joined at random, and lets some leave. */
	private void members(Random random, Map<Long, List<Long>> teams, List<String> steps) throws Exception {
		if (teams.isEmpty() || random.nextInt(3) == 0) {
			teams.put(commune.newTeam(), new ArrayList<>());
			steps.add("found a team");
		}
		List<Long> teamIds = new ArrayList<>(teams.keySet());
		long team = teamIds.get(random.nextInt(teamIds.size()));
		LocalDate today = CommuneFixtures.today();
		int joining = 1 + random.nextInt(4);
		for (int i = 0; i < joining && teams.get(team).size() < 12; i++) {
			LocalDate birth = today.minusYears(17 + random.nextInt(25)).minusDays(random.nextInt(365));
			Map<String, Object> member = CommuneFixtures.memberJson(UniqueValues.personName(), birth, UniqueValues.phone());
			member.put("joinedOn", today.minusDays(random.nextInt(900)).toString());
			teams.get(team).add(commune.addMember(team, member).get("id").asLong());
		}
		steps.add("team " + team + ": " + joining + " joined");
		if (!teams.get(team).isEmpty() && random.nextBoolean()) {
			long leaving = teams.get(team).remove(random.nextInt(teams.get(team).size()));
			LocalDate joined = jdbc.sql("select joined_on from member where id = ?").param(leaving)
				.query(LocalDate.class).single();
			LocalDate day = joined.plusDays(random.nextInt((int) (today.toEpochDay() - joined.toEpochDay()) + 1));
			var response = households.postJson("xa", "/api/v1/members/" + leaving + "/leave", Map.of("leftOn", day.toString()));
			assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
			steps.add("member " + leaving + " left on " + day);
		}
	}

	private String hamletCode(String name) {
		return jdbc.sql("""
				select h.code from admin_unit h join admin_unit c on c.id = h.parent_id
				where c.code = '27781' and h.name = ? and h.valid_to is null
				""").param(name).query(String.class).single();
	}
}
