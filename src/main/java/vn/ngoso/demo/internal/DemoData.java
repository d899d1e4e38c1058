package vn.ngoso.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.figures.Figures;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.AuditActors;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.TeamRole;

/**
 * Fills an empty database with the Long An figures of the source text: about 1,000 hamlets over
 * the 188 communes, 998 teams, 5,485 members of whom 4,980 are youth, and the Cả Bản team of
 * Tuyên Bình (Vĩnh Hưng) led by Nguyễn Ngọc Trai. A fixed seed makes it the same every time.
 * Written with batched SQL, not through the module services, so that a first start stays fast.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ngoso.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final int HAMLETS = 1000;

	static final int TEAMS = 998;

	static final int MEMBERS = 5485;

	static final int YOUTH = 4980;

	static final String CA_BAN_COMMUNE = "27781";

	static final String LIST = "GSO-LONG-AN-2024-11-01";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate tx;

	private final Accounts accounts;

	private final Clock clock;

	private final CitizenIds citizenIds;

	private final Figures figures;

	private final DemoStory story;

	/** For the log line: where a first start's time goes. */
	private long reorganisationMillis;

	private long figuresMillis;

	DemoData(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, Accounts accounts, Clock clock,
			CitizenIds citizenIds, Figures figures, DemoStory story) {
		this.figures = figures;
		this.story = story;
		this.citizenIds = citizenIds;
		this.jdbc = jdbc;
		this.template = template;
		this.tx = tx;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// what the loader writes is the demo's, not the system's nor the demo officers' it acts as
		AuditActors.claim(AuditActors.DEMO, () -> load(args));
	}

	private void load(ApplicationArguments args) {
		boolean empty = jdbc.sql("select not exists(select 1 from team) and not exists(select 1 from app_user)")
			.query(Boolean.class).single();
		if (!empty) {
			return;
		}
		long started = System.nanoTime();
		tx.executeWithoutResult(status -> load(LocalDate.now(clock)));
		log.info("Demo data loaded in {} ms (the 2025 reorganisation {} ms, the figures {} ms)",
				(System.nanoTime() - started) / 1_000_000, reorganisationMillis, figuresMillis);
	}

	record Commune(long id, String code, String type, String path, String province) {
	}

	record Hamlet(long id, Commune commune, String name, String path) {
	}

	private void load(LocalDate today) {
		Random random = new Random(20240305L);
		List<Hamlet> hamlets = insertHamlets(communes(), random);
		Hamlet caBan = hamlets.stream().filter(h -> h.name().equals("Ấp Cả Bản")).findFirst().orElseThrow();
		List<Hamlet> withTeams = chooseTeamHamlets(hamlets, caBan, random);
		List<Long> teamIds = insertTeams(withTeams, random);
		int[] sizes = DemoSizes.teamSizes(TEAMS, MEMBERS, random);
		int caBanIndex = withTeams.indexOf(caBan);
		keepCaBanOrdinary(sizes, caBanIndex);
		long[] special = new DemoMembers(template, random, today).insert(teamIds, sizes, caBanIndex, YOUTH);
		createUsers(caBan, teamIds.get(caBanIndex), special);
		// the demo serves the province its data is about: no first-run page for its administrator
		jdbc.sql("insert into deployment_province (unit_id, set_by) values (?, 'demo')").param(unitId("80")).update();
		Hamlet ap2 = hamlets.stream().filter(h -> h.commune() == caBan.commune() && h.name().equals("Ấp 2")).findFirst()
			.orElseThrow();
		var partners = new DemoPartnersAndMerchants(jdbc, accounts);
		long caBanTeam = teamIds.get(caBanIndex);
		if (!story.told()) {
			partners.insert(DemoPartnersAndMerchants.Places.longAn2024(unitId("80"), unitId("797"), caBan.commune().id()),
					caBan.id(), ap2.id(), caBanTeam);
		}
		new DemoHouseholds(template, citizenIds, random, today).insert(hamlets.stream()
			.filter(h -> h.commune().code().equals(CA_BAN_COMMUNE))
			.map(h -> new DemoHouseholds.Hamlet(h.id(), h.commune().id(), h.path(), h.commune().province()))
			.toList());
		if (story.told()) {
			// 01/07/2025: Long An's 188 communes become 60 of Tây Ninh's 96; hamlets, their teams and
			// households move with them, tinh and xa to the units that succeed theirs
			long reorganising = System.nanoTime();
			story.reorganise();
			reorganisationMillis = (System.nanoTime() - reorganising) / 1_000_000;
			partners.insert(DemoPartnersAndMerchants.Places.tayNinh(story.today("80").unitId(), unitId("797"),
					caBan.commune().id(), story.today(DemoStory.NEW_COMMUNE).unitId()), caBan.id(), ap2.id(), caBanTeam);
			story.provinceTargets();
		}
		insertOperations(caBan, ap2, caBanTeam, random, today);
		// written straight into the tables, so the live figures are built once from them
		figuresMillis = figures.recompute().millis();
	}

	/**
	 * The commune's and the province's own sessions, desk days and course, dated in the last
	 * months: on the units in force today (Tây Ninh and the new Tuyên Bình in the story).
	 */
	private void insertOperations(Hamlet caBan, Hamlet ap2, long caBanTeam, Random random, LocalDate today) {
		DemoOperations.Place commune = now(story.commune());
		DemoOperations.Place province = now("80");
		List<Long> members = jdbc.sql("select id from member where team_id = ? and left_on is null order by id")
			.param(caBanTeam).query(Long.class).list();
		new DemoOperations(template, random, today, story.told()).insert(place(caBan.id()), place(ap2.id()), commune,
				province, caBanTeam, members);
		new DemoTraining(template, today).insert(province.unitId(), province.path(),
				story.told() ? "Hội trường UBND xã Tuyên Bình" : "Hội trường UBND huyện Vĩnh Hưng", members);
	}

	/** A unit in force today: on the 2024 tree, its version of the code (Tây Ninh's list lies beside it). */
	private DemoOperations.Place now(String code) {
		return story.told() ? story.today(code) : place(unitId(code));
	}

	/** A unit where it is now (the reorganisation moves hamlets). */
	private DemoOperations.Place place(long id) {
		return jdbc.sql("select id, path::text, province_code from admin_unit where id = ?").param(id)
			.query((rs, n) -> new DemoOperations.Place(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
	}

	/** The article's team is an ordinary one of seven, not one of the deliberately odd sizes. */
	private static void keepCaBanOrdinary(int[] sizes, int caBan) {
		for (int i = 0; i < sizes.length; i++) {
			if (sizes[i] == 7) {
				sizes[i] = sizes[caBan];
				sizes[caBan] = 7;
				return;
			}
		}
	}

	private List<Commune> communes() {
		return jdbc.sql("select id, code, type, path::text as path, province_code from admin_unit"
				+ " where source = ? and level = 3 order by code")
			.param(LIST)
			.query((rs, n) -> new Commune(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	/** At least five hamlets per commune, the rest spread at random; Tuyên Bình has Ấp Cả Bản. */
	private List<Hamlet> insertHamlets(List<Commune> communes, Random random) {
		int[] counts = new int[communes.size()];
		java.util.Arrays.fill(counts, 5);
		for (int extra = HAMLETS - 5 * communes.size(); extra > 0; extra--) {
			counts[random.nextInt(counts.length)]++;
		}
		List<Long> ids = jdbc.sql("select nextval('admin_unit_id_seq') from generate_series(1, ?)").param(HAMLETS)
			.query(Long.class).list();
		List<Hamlet> hamlets = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		int next = 0;
		for (int c = 0; c < communes.size(); c++) {
			Commune commune = communes.get(c);
			boolean urban = !commune.type().equals("XA");
			for (int i = 1; i <= counts[c]; i++) {
				long id = ids.get(next++);
				String name = commune.code().equals(CA_BAN_COMMUNE) && i == 1 ? "Ấp Cả Bản"
						: (urban ? "Khu phố " : "Ấp ") + i;
				String path = commune.path() + "." + id;
				hamlets.add(new Hamlet(id, commune, name, path));
				rows.add(new Object[] { id, commune.code() + "-" + String.format("%03d", i), name, SearchText.fold(name),
						urban ? "KHU_PHO" : "AP", commune.id(), path, commune.province() });
			}
		}
		template.batchUpdate("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code, valid_from, source)
				values (?, ?, ?, ?, ?, 4, ?, ?::ltree, ?, date '2024-11-01', 'DEMO')
				""", rows);
		return hamlets;
	}

	/** Every commune keeps at least one team; two hamlets elsewhere are still waiting for one. */
	private static List<Hamlet> chooseTeamHamlets(List<Hamlet> hamlets, Hamlet caBan, Random random) {
		List<Hamlet> candidates = new ArrayList<>(hamlets.stream()
			.filter(h -> h != caBan && h.name().endsWith(" 5")).toList());
		Collections.shuffle(candidates, random);
		Set<Hamlet> without = Set.copyOf(candidates.subList(0, HAMLETS - TEAMS));
		return hamlets.stream().filter(h -> !without.contains(h)).toList();
	}

	private List<Long> insertTeams(List<Hamlet> hamlets, Random random) {
		List<Long> ids = jdbc.sql("select nextval('team_id_seq') from generate_series(1, ?)").param(hamlets.size())
			.query(Long.class).list();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < hamlets.size(); i++) {
			Hamlet h = hamlets.get(i);
			String name = "Tổ CNSCĐ " + h.name();
			LocalDate decided = LocalDate.of(2022, 3, 15).plusDays(random.nextInt(260));
			rows.add(new Object[] { ids.get(i), h.id(), h.path(), h.commune().province(), name, SearchText.fold(name),
					(random.nextInt(400) + 1) + "/QĐ-UBND", decided });
		}
		template.batchUpdate("""
				insert into team (id, unit_id, unit_path, province_code, name, name_folded, decision_no, decision_date)
				values (?, ?, ?::ltree, ?, ?, ?, ?, ?)
				""", rows);
		return ids;
	}

	private void createUsers(Hamlet caBan, long caBanTeam, long[] special) {
		long province = unitId("80");
		accounts.create(new NewUser("admin", "demo", "Quản trị hệ thống", Role.ADMIN, null, null, null));
		// in the story the reorganisation moves tinh to Tây Ninh and xa to the new Tuyên Bình; districts
		// were abolished on 01/07/2025, so there is no district account to show (README, "Demo logins")
		accounts.create(new NewUser("tinh", "demo", "Sở KH&CN " + story.province(), Role.PROVINCE, province, null, null));
		if (!story.told()) {
			accounts.create(new NewUser("huyen", "demo", "UBND huyện Vĩnh Hưng", Role.DISTRICT, unitId("797"), null, null));
		}
		accounts.create(new NewUser("xa", "demo", "UBND xã Tuyên Bình", Role.COMMUNE, caBan.commune().id(), null, null));
		accounts.create(new NewUser("totruong", "demo", "Nguyễn Ngọc Trai", Role.TEAM_LEADER, null, caBanTeam, special[0]));
		accounts.create(new NewUser("thanhvien", "demo", memberName(special[1]), Role.MEMBER, null, null, special[1]));
	}

	private long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and source = ?").params(code, LIST).query(Long.class)
			.single();
	}

	private String memberName(long memberId) {
		return jdbc.sql("select full_name from member where id = ?").param(memberId).query(String.class).single();
	}

	static Set<Affiliation> none() {
		return Set.of();
	}

	static TeamRole roleAt(int index) {
		return index == 0 ? TeamRole.LEADER : index == 1 ? TeamRole.DEPUTY : TeamRole.MEMBER;
	}

	static Sex sexOf(Random random) {
		return random.nextInt(100) < 52 ? Sex.FEMALE : Sex.MALE;
	}
}
