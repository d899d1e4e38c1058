package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IndependentRecount;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.support.UniqueValues;

/**
 * The figures tell one truth with the records (issue 15). Each seed drives a random mix of what
 * a commune does, through the API as its people would: registers imported with their readiness
 * history (dates as days, months and years, some before the household's registration),
 * households registered by form on a past date, visits back-dated before a household's
 * registration, residents born on 29 February, households moved to another hamlet, consent
 * withdrawn and the original rows imported again, birth dates and years corrected by a later
 * file. Then, month by month from 2022 to 2027, at the commune, its hamlets, its district and its
 * province: the live figures equal a recompute, and equal an independent recount written from
 * {@code docs/figures-rules.md} apart from the figure sources; the report's lines add up; and
 * nobody who withdrew consent came back.
 */
@IntegrationTest
class IndependentRecountTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String HEADER = "Mã xã,Ấp/khu phố,Mã hộ,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,"
			+ "Số điện thoại,Số CCCD,Ngày đăng ký hộ,Có điện thoại thông minh,Đã nộp hồ sơ VNeID mức 2,"
			+ "Đã kích hoạt VNeID mức 2,Đã cài ứng dụng của tỉnh,Có tài khoản dịch vụ công,"
			+ "Đã dùng dịch vụ công trực tuyến,Có tài khoản ngân hàng,Thanh toán không dùng tiền mặt,Đã cài VssID,"
			+ "Sử dụng thành thạo\n";

	/** The readiness columns, in the file's order. */
	private static final int ITEMS = 10;

	private static final List<String> VISIT_ITEMS = List.of("SMARTPHONE", "VNEID_ACTIVATED", "PROVINCIAL_APP",
			"ONLINE_SERVICE_ACCOUNT", "ONLINE_SERVICE_USED", "BANK_ACCOUNT", "CASHLESS", "FLUENT");

	private static final Map<String, String> HAMLETS = Map.of("Ấp Cả Bản", HouseholdFixtures.CA_BAN, "Ấp 2",
			HouseholdFixtures.AP_2);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	HouseholdFixtures households;

	IndependentRecount recount;

	String communePath;

	record Person(UUID id, String name, LocalDate birth, String relation) {
	}

	/** What the test knows of a household: where it lives, who lives there, and its file rows. */
	static final class House {

		final UUID id;

		final String code;

		String hamlet;

		final LocalDate registeredOn;

		final List<Person> people = new ArrayList<>();

		/** The rows it was imported with, as they were: imported again after withdrawals. */
		String originalRows = "";

		House(UUID id, String code, String hamlet, LocalDate registeredOn) {
			this.id = id;
			this.code = code;
			this.hamlet = hamlet;
			this.registeredOn = registeredOn;
		}
	}

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		recount = new IndependentRecount(jdbc);
		communePath = jdbc.sql("select path::text from admin_unit where code = '27781' and valid_to is null")
			.query(String.class).single();
	}

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 6).map(i -> i * 104_729);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theFiguresEqualAnIndependentRecount(long seed) throws Exception {
		Random random = new Random(seed);
		List<String> steps = new ArrayList<>();
		List<House> houses = new ArrayList<>();
		for (int step = 0; step < 16; step++) {
			int kind = houses.isEmpty() ? random.nextInt(2) : random.nextInt(8);
			switch (kind) {
				case 0 -> houses.add(registerByForm(random, steps));
				case 1 -> houses.addAll(importRegister(random, steps));
				case 2, 3 -> visit(random, houses, steps);
				case 4 -> withdraw(random, houses, steps);
				case 5 -> importOriginalRowsAgain(random, houses, steps);
				case 6 -> move(random, houses, steps);
				default -> correctBirth(random, houses, steps);
			}
		}
		String story = "seed %d, steps:%n%s".formatted(seed, String.join("\n", steps));
		assertThat(figures.differencesUnder(communePath)).as(story).isEmpty();
		assertThat(recount.differencesAround("27781", LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 1))).as(story)
			.isEmpty();
		assertThat(linesThatDoNotAddUp()).as(story).isEmpty();
		for (House house : houses) {
			assertThat(jdbc.sql("select count(*) from resident where household_id = ?").param(house.id).query(Long.class)
				.single()).as("%s: nobody re-created; %s", house.code, story).isEqualTo(house.people.size());
		}
	}

	// --- what people do --------------------------------------------------------------------------

	/** An officer types in a household from the paper register, with its registration date. */
	private House registerByForm(Random random, List<String> steps) throws Exception {
		String hamlet = random.nextBoolean() ? "Ấp Cả Bản" : "Ấp 2";
		LocalDate registered = HouseholdFixtures.today().minusDays(random.nextInt(3 * 365));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitCode", HAMLETS.get(hamlet));
		body.put("code", HouseholdFixtures.uniqueCode());
		body.put("address", "Số 3, Kênh Thử Nghiệm");
		body.put("registeredOn", registered.toString());
		var response = households.postJson("xa", "/api/v1/households", body);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		UUID id = UUID.fromString(households.read(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asString());
		House house = new House(id, (String) body.get("code"), hamlet, registered);
		int size = 1 + random.nextInt(4);
		for (int i = 0; i < size; i++) {
			LocalDate birth = birth(random);
			String name = UniqueValues.personName();
			String relation = i == 0 ? "HEAD" : "CHILD";
			JsonNode r = households.addResident(id,
					HouseholdFixtures.resident(name, birth, random.nextBoolean() ? "MALE" : "FEMALE", relation, null, null));
			house.people.add(new Person(UUID.fromString(r.get("id").asString()), name, birth, relation));
		}
		steps.add("form: " + house.code + " in " + hamlet + " registered " + registered + " with " + house.people);
		return house;
	}

	/**
	 * A commune imports part of its register: new households with their registration dates and
	 * their residents' readiness history, dates written as Excel exports and people write them.
	 */
	private List<House> importRegister(Random random, List<String> steps) throws Exception {
		List<House> made = new ArrayList<>();
		StringBuilder csv = new StringBuilder(HEADER);
		int count = 1 + random.nextInt(2);
		for (int h = 0; h < count; h++) {
			String hamlet = random.nextBoolean() ? "Ấp Cả Bản" : "Ấp 2";
			String code = HouseholdFixtures.uniqueCode();
			LocalDate registered = LocalDate.of(2022, 6, 1).plusDays(random.nextInt(1500));
			if (registered.isAfter(HouseholdFixtures.today())) {
				registered = HouseholdFixtures.today();
			}
			House house = new House(null, code, hamlet, registered);
			StringBuilder rows = new StringBuilder();
			int size = 1 + random.nextInt(3);
			for (int i = 0; i < size; i++) {
				LocalDate birth = birth(random);
				String name = UniqueValues.personName();
				String relation = i == 0 ? "Chủ hộ" : "Con";
				rows.append("27781,").append(hamlet).append(',').append(code).append(",\"Số 7, Kênh Thử Nghiệm\",")
					.append(name).append(',').append(birthCell(random, birth)).append(",Nữ,").append(relation).append(",,,")
					.append(dateCell(random, registered));
				for (int item = 0; item < ITEMS; item++) {
					rows.append(',').append(readinessCell(random, registered));
				}
				rows.append('\n');
				house.people.add(new Person(null, name, birth, i == 0 ? "HEAD" : "CHILD"));
			}
			house.originalRows = rows.toString();
			csv.append(rows);
			made.add(house);
		}
		JsonNode job = runImport(csv.toString());
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("rowsInvalid").asInt()).as(job.toString()).isZero();
		List<House> known = new ArrayList<>();
		for (House house : made) {
			UUID id = jdbc.sql("select h.id from household h join admin_unit c on c.id = h.commune_id"
					+ " where c.code = '27781' and h.code = ?").param(house.code).query(UUID.class).single();
			House stored = new House(id, house.code, house.hamlet, house.registeredOn);
			stored.originalRows = house.originalRows;
			for (Person p : house.people) {
				UUID resident = jdbc.sql("select id from resident where household_id = ? and full_name = ?")
					.params(id, p.name()).query(UUID.class).single();
				stored.people.add(new Person(resident, p.name(), p.birth(), p.relation()));
			}
			known.add(stored);
		}
		steps.add("import register: " + csv);
		return known;
	}

	/** A member's visit, back-dated up to the year the form allows: sometimes before registration. */
	private void visit(Random random, List<House> houses, List<String> steps) throws Exception {
		List<House> inCaBan = houses.stream().filter(h -> h.hamlet.equals("Ấp Cả Bản")).toList();
		if (inCaBan.isEmpty()) {
			return;
		}
		House house = inCaBan.get(random.nextInt(inCaBan.size()));
		LocalDate date = HouseholdFixtures.today().minusDays(random.nextInt(360));
		Map<UUID, List<String>> outcomes = new LinkedHashMap<>();
		for (Person p : house.people) {
			if (random.nextBoolean()) {
				List<String> items = new ArrayList<>();
				for (String item : VISIT_ITEMS) {
					if (random.nextInt(3) == 0) {
						items.add(item);
					}
				}
				if (!items.isEmpty()) {
					outcomes.put(p.id(), items);
				}
			}
		}
		var body = HouseholdFixtures.visit(UUID.randomUUID(), house.id, date, List.of(), outcomes);
		var response = households.postVisit("thanhvien", body);
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isIn(201, 400);
		if (response.getStatus() == 201 && random.nextBoolean()) {
			assertThat(households.postVisit("thanhvien", body).getStatus()).isIn(200, 201);
		}
		steps.add("visit " + house.code + " on " + date + ": " + outcomes + " -> " + response.getStatus());
	}

	private void withdraw(Random random, List<House> houses, List<String> steps) throws Exception {
		House house = houses.get(random.nextInt(houses.size()));
		Person person = house.people.get(random.nextInt(house.people.size()));
		var response = households.postJson("xa",
				"/api/v1/households/" + house.id + "/residents/" + person.id() + "/consent/withdraw", Map.of());
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 204);
		steps.add("withdraw consent of " + person.name() + " in " + house.code);
	}

	/** The commune imports its register again, rows as they were: withdrawn people stay withdrawn. */
	private void importOriginalRowsAgain(Random random, List<House> houses, List<String> steps) throws Exception {
		List<House> imported = houses.stream().filter(h -> !h.originalRows.isEmpty()).toList();
		if (imported.isEmpty()) {
			return;
		}
		House house = imported.get(random.nextInt(imported.size()));
		String rows = house.originalRows;
		if (!house.hamlet.equals(hamletOfRows(rows))) {
			// the household moved since: the commune's file says where it lives now
			rows = rows.replace("27781," + hamletOfRows(rows) + ",", "27781," + house.hamlet + ",");
		}
		JsonNode job = runImport(HEADER + rows);
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
		assertThat(job.get("rowsInvalid").asInt()).as(job.toString()).isZero();
		steps.add("import " + house.code + " again as first imported -> " + job.get("householdsUpdated"));
	}

	/** An officer records that a household moved to the other hamlet, on a day since its last move. */
	private void move(Random random, List<House> houses, List<String> steps) throws Exception {
		House house = houses.get(random.nextInt(houses.size()));
		String target = house.hamlet.equals("Ấp Cả Bản") ? "Ấp 2" : "Ấp Cả Bản";
		LocalDate earliest = jdbc.sql("""
				select greatest(h.registered_on, coalesce(max(m.moved_on), h.registered_on))
				from household h left join household_move m on m.household_id = h.id where h.id = ? group by h.registered_on
				""").param(house.id).query(LocalDate.class).single();
		long span = HouseholdFixtures.today().toEpochDay() - earliest.toEpochDay();
		LocalDate movedOn = earliest.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
		var response = households.postJson("xa", "/api/v1/households/" + house.id + "/move",
				Map.of("unitCode", HAMLETS.get(target), "movedOn", movedOn.toString()));
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
		house.hamlet = target;
		steps.add("move " + house.code + " to " + target + " on " + movedOn);
	}

	/**
	 * A later file corrects one person's birth: another day of the same year, or another year
	 * (no citizen ID, so the import matches them by name and relation): never a second person.
	 */
	private void correctBirth(Random random, List<House> houses, List<String> steps) throws Exception {
		List<House> candidates = houses.stream().filter(h -> h.people.stream().anyMatch(p -> !erased(p.id()))).toList();
		if (candidates.isEmpty()) {
			return;
		}
		House house = candidates.get(random.nextInt(candidates.size()));
		List<Person> present = house.people.stream().filter(p -> !erased(p.id())).toList();
		Person person = present.get(random.nextInt(present.size()));
		LocalDate birth = random.nextBoolean() ? person.birth().withDayOfYear(1 + random.nextInt(person.birth().lengthOfYear()))
				: person.birth().plusYears(random.nextBoolean() ? 1 : -1);
		if (birth.isAfter(HouseholdFixtures.today())) {
			birth = person.birth().minusYears(1);
		}
		StringBuilder csv = new StringBuilder(HEADER);
		for (Person p : present) {
			LocalDate b = p == person ? birth : p.birth();
			csv.append("27781,").append(house.hamlet).append(',').append(house.code).append(",\"Số 7, Kênh Thử Nghiệm\",")
				.append(p.name()).append(',').append(DAY.format(b)).append(",Nữ,")
				.append(p.relation().equals("HEAD") ? "Chủ hộ" : "Con").append(",,,");
			csv.append(",".repeat(ITEMS)).append('\n');
		}
		JsonNode job = runImport(csv.toString());
		assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
		if (job.get("rowsInvalid").asInt() == 0) {
			house.people.set(house.people.indexOf(person), new Person(person.id(), person.name(), birth, person.relation()));
		}
		steps.add("correct the birth of " + person.name() + " in " + house.code + " to " + birth + " -> "
				+ job.get("rowsInvalid") + " invalid");
	}

	// --- checks ----------------------------------------------------------------------------------

	/** Months where the commune shows more guided or covered households than households. */
	private List<String> linesThatDoNotAddUp() {
		return jdbc.sql("""
				with c as (select id from admin_unit where code = '27781' and valid_to is null),
				months as (select m::date as m from generate_series('2022-01-01'::date, '2027-12-01'::date, interval '1 month') m),
				stock as (
				    select f.indicator, m.m, sum(f.value) as value
				    from c join figure f on f.unit_id = c.id cross join months m
				    where f.month <= m.m and f.indicator in ('HOUSEHOLDS', 'COVERED_HOUSEHOLDS', 'GUIDED_ONLINE_SERVICES',
				                                             'GUIDED_PROVINCIAL_APP', 'GUIDED_CASHLESS')
				    group by f.indicator, m.m)
				select s.indicator || ' ' || s.m || ': ' || s.value || ' > ' || coalesce(h.value, 0)
				from stock s left join stock h on h.indicator = 'HOUSEHOLDS' and h.m = s.m
				where s.indicator <> 'HOUSEHOLDS' and s.value > coalesce(h.value, 0)
				""").query(String.class).list();
	}

	// --- data ------------------------------------------------------------------------------------

	/**
	 * Ages 3–80, now and then someone who turns 15 within a few months, and people born on
	 * 29 February (who turn 15 on 28 February in a common year).
	 */
	private static LocalDate birth(Random random) {
		LocalDate today = HouseholdFixtures.today();
		return switch (random.nextInt(6)) {
			case 0 -> today.minusYears(15).plusDays(random.nextInt(240) - 120);
			case 1 -> LocalDate.of(List.of(2008, 2012, 1996).get(random.nextInt(3)), 2, 29);
			default -> today.minusYears(3 + random.nextInt(78)).minusDays(random.nextInt(365));
		};
	}

	/** A birth date as registers write it: day first with slashes, or ISO as Excel exports it. */
	private static String birthCell(Random random, LocalDate birth) {
		return random.nextBoolean() ? DAY.format(birth) : birth.toString();
	}

	/** A registration date as a day, ISO day, or blank (some rows leave it to the household's first). */
	private static String dateCell(Random random, LocalDate day) {
		return random.nextBoolean() ? DAY.format(day) : day.toString();
	}

	/**
	 * A readiness cell: mostly blank; else yes without a date, or a date as a day, a month or a year,
	 * sometimes before the household was registered (the count then waits for registration).
	 */
	private static String readinessCell(Random random, LocalDate registered) {
		if (random.nextInt(3) != 0) {
			return "";
		}
		LocalDate since = registered.plusDays(random.nextInt(900) - 450);
		if (since.isAfter(HouseholdFixtures.today())) {
			since = HouseholdFixtures.today();
		}
		if (since.getYear() < 1990) {
			since = LocalDate.of(1990, 1, 1);
		}
		return switch (random.nextInt(5)) {
			case 0 -> "x";
			case 1 -> DAY.format(since);
			case 2 -> "%02d/%d".formatted(since.getMonthValue(), since.getYear());
			case 3 -> String.valueOf(since.getYear());
			default -> YearMonth.from(since).toString();
		};
	}

	private static String hamletOfRows(String rows) {
		return rows.substring("27781,".length(), rows.indexOf(',', "27781,".length()));
	}

	private boolean erased(UUID resident) {
		return jdbc.sql("select erased_at is not null from resident where id = ?").param(resident).query(Boolean.class)
			.single();
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
}
