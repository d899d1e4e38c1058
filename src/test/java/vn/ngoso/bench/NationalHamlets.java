package vn.ngoso.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.MemberDetails;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.TeamImport;
import vn.ngoso.teams.TeamRole;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.HamletImport;

/**
 * Hamlets, teams and members for provinces of the national list, which has none: the way a
 * province sets itself up (the hamlets file, the teams file, then the members one by one through
 * {@link Teams#addMember}), as the administrator. Five or six hamlets per commune ("Khu phố" in a
 * ward, "Ấp" elsewhere), one team per hamlet founded before the first generated visit, four or
 * five members each (4.6 on average: the national 357,000 members of 77,000 teams).
 */
final class NationalHamlets {

	/** Founded and joined before {@code OutreachMaker}'s first visit (2 Jan 2023). */
	static final LocalDate FOUNDED = LocalDate.of(2022, 12, 15);

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng" };

	private static final String[] GIVEN_MEN = { "Văn An", "Văn Bình", "Minh Châu", "Quốc Dũng", "Thanh Hải", "Đức Hùng" };

	private static final String[] GIVEN_WOMEN = { "Thị Lan", "Thị Mai", "Ngọc Hà", "Thu Hương", "Thị Nga", "Kim Oanh" };

	/** Counted, so every member's mobile number is distinct (a number is active in one team only). */
	private long phones;

	private final JdbcClient jdbc;

	private final HamletImport hamlets;

	private final TeamImport teamImport;

	private final Teams teams;

	NationalHamlets(JdbcClient jdbc, HamletImport hamlets, TeamImport teamImport, Teams teams) {
		this.jdbc = jdbc;
		this.hamlets = hamlets;
		this.teamImport = teamImport;
		this.teams = teams;
	}

	/** What one province got. */
	record Made(int communes, int hamlets, int teams, int members) {
	}

	/**
	 * Sets up a province of the list; the caller is signed in as the administrator.
	 *
	 * @param communeLimit at most this many communes (by code), 0 for all: a quick run
	 */
	Made setUp(String list, String provinceCode, int communeLimit) throws Exception {
		record Commune(String code, boolean ward) {
		}
		List<Commune> communes = jdbc.sql("""
				select code, type from admin_unit
				where source = ? and level = 3 and province_code = ? and valid_to is null order by code
				""").params(list, provinceCode)
			.query((rs, n) -> new Commune(rs.getString(1), "PHUONG".equals(rs.getString(2)))).list();
		if (communeLimit > 0 && communes.size() > communeLimit) {
			communes = communes.subList(0, communeLimit);
		}
		StringBuilder hamletFile = new StringBuilder(String.join(",", HamletImport.HEADER)).append('\n');
		StringBuilder teamFile = new StringBuilder(String.join(",", TeamImport.HEADER)).append('\n');
		int count = 0;
		for (int c = 0; c < communes.size(); c++) {
			Commune commune = communes.get(c);
			String type = commune.ward() ? "Khu phố" : "Ấp";
			for (int h = 1; h <= 5 + c % 2; h++) {
				String name = type + " " + h;
				hamletFile.append(commune.code()).append(',').append(name).append(',').append(type).append('\n');
				teamFile.append(commune.code()).append(',').append(name).append(",Tổ công nghệ số cộng đồng ").append(name)
					.append(',').append(commune.code()).append('-').append(h).append("/QĐ-UBND,15/12/2022\n");
				count++;
			}
		}
		check("hamlets of " + provinceCode, hamlets.importCsv(bytes(hamletFile)), count);
		check("teams of " + provinceCode, teamImport.importCsv(bytes(teamFile)), count);
		List<Long> teamIds = jdbc.sql("""
				select t.id from team t join admin_unit h on h.id = t.unit_id
				where h.province_code = ? and h.valid_to is null and h.path <@ (select path from admin_unit
				      where source = ? and level = 1 and code = ?)
				order by h.code
				""").params(provinceCode, list, provinceCode).query(Long.class).list();
		int members = 0;
		for (int t = 0; t < teamIds.size(); t++) {
			int size = t % 5 < 3 ? 5 : 4;
			for (int m = 0; m < size; m++) {
				addMember(teamIds.get(t), m);
				members++;
			}
		}
		return new Made(communes.size(), count, teamIds.size(), members);
	}

	private void addMember(long team, int m) {
		long n = phones++;
		Sex sex = n % 2 == 0 ? Sex.MALE : Sex.FEMALE;
		String name = FAMILY[(int) (n % FAMILY.length)] + " "
				+ (sex == Sex.MALE ? GIVEN_MEN : GIVEN_WOMEN)[(int) (n / FAMILY.length % GIVEN_MEN.length)];
		teams.addMember(team, new MemberDetails(name, LocalDate.of(1970 + (int) (n % 35), 1 + (int) (n % 12), 1 + (int) (n % 28)),
				sex, String.format(Locale.ROOT, "091%07d", n), m == 0 ? TeamRole.LEADER : m == 1 ? TeamRole.DEPUTY : TeamRole.MEMBER,
				EnumSet.of(m == 0 ? Affiliation.HAMLET_HEAD : m == 1 ? Affiliation.YOUTH_UNION : Affiliation.OTHER), FOUNDED));
	}

	private static ByteArrayInputStream bytes(StringBuilder csv) {
		return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void check(String what, ImportResult result, int expected) {
		if (!result.errors().isEmpty() || result.created() != expected) {
			throw new IllegalStateException(what + ": " + result.created() + " of " + expected + " imported, errors "
					+ result.errors().stream().limit(5).toList());
		}
	}
}
