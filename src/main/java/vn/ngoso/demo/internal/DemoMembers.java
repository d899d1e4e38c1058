package vn.ngoso.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.TeamRole;
import vn.ngoso.teams.Youth;

/**
 * The demo's members. Youth are kept at least six months away from their 16th and 31st
 * birthdays, so the youth count stays exact for half a year after loading.
 */
final class DemoMembers {

	/** The last day of the year the source text reports on. */
	static final LocalDate REPORTED_YEAR_END = LocalDate.of(2024, 12, 31);

	private static final String[] PREFIXES = { "032", "033", "034", "035", "036", "037", "038", "039", "086", "096",
			"097", "098", "081", "082", "083", "084", "085", "088", "091", "094", "070", "076", "077", "078", "079",
			"089", "090", "093", "056", "058" };

	private final JdbcTemplate template;

	private final Random random;

	private final LocalDate today;

	DemoMembers(JdbcTemplate template, Random random, LocalDate today) {
		this.template = template;
		this.random = random;
		this.today = today;
	}

	/** @return the ids of the Cả Bản leader and of the Cả Bản member who gets the MEMBER account */
	long[] insert(List<Long> teamIds, int[] sizes, int caBanTeam, int youthTotal) {
		int total = 0;
		for (int size : sizes) {
			total += size;
		}
		Set<Integer> notYouth = chooseNotYouth(sizes, caBanTeam, total - youthTotal);
		// Youth both today (give or take half a year) and at the end of 2024, the year the source
		// text reports on: its report and today's pages show the same 4,980.
		LocalDate youthFrom = max(Youth.bornAfter(today).plusDays(183), Youth.bornAfter(REPORTED_YEAR_END).plusDays(1));
		LocalDate youthTo = min(Youth.bornOnOrBefore(today).minusDays(183), Youth.bornOnOrBefore(REPORTED_YEAR_END));
		int youthDays = (int) (youthTo.toEpochDay() - youthFrom.toEpochDay());
		LocalDate olderBefore = min(today.minusYears(32), Youth.bornAfter(REPORTED_YEAR_END).minusDays(1));
		List<Long> ids = template.queryForList("select nextval('member_id_seq') from generate_series(1, ?)", Long.class,
				total);
		List<Object[]> rows = new ArrayList<>(total);
		long[] special = new long[2];
		int slot = 0;
		for (int t = 0; t < sizes.length; t++) {
			for (int p = 0; p < sizes[t]; p++, slot++) {
				long id = ids.get(slot);
				boolean youth = !notYouth.contains(slot);
				Sex sex = DemoData.sexOf(random);
				String name = VietnameseNames.next(random, sex);
				LocalDate birth = youth ? youthFrom.plusDays(random.nextInt(youthDays))
						: olderBefore.minusDays(random.nextInt(365 * 28));
				Set<Affiliation> affiliations = affiliations(p, youth, sex);
				if (t == caBanTeam && p == 0) {
					name = "Nguyễn Ngọc Trai";
					sex = Sex.MALE;
					birth = LocalDate.of(1976, 8, 12);
					affiliations = EnumSet.of(Affiliation.HAMLET_HEAD, Affiliation.OTHER);
					special[0] = id;
				}
				if (t == caBanTeam && p == 2) {
					special[1] = id;
				}
				TeamRole role = DemoData.roleAt(p);
				LocalDate joined = LocalDate.of(2022, 4, 1).plusDays(random.nextInt(700));
				rows.add(new Object[] { id, teamIds.get(t), name, SearchText.fold(name), birth, sex.name(),
						phone(slot), role.name(), array(affiliations), joined.isAfter(today) ? today : joined });
			}
		}
		template.batchUpdate("""
				insert into member (id, team_id, full_name, name_folded, birth_date, sex, phone, role, affiliations, joined_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?)
				""", rows);
		return special;
	}

	/** The Cả Bản leader is one of them; the Cả Bản member with an account stays youth. */
	private Set<Integer> chooseNotYouth(int[] sizes, int caBanTeam, int count) {
		int caBanStart = 0;
		for (int t = 0; t < caBanTeam; t++) {
			caBanStart += sizes[t];
		}
		int total = caBanStart;
		for (int t = caBanTeam; t < sizes.length; t++) {
			total += sizes[t];
		}
		Set<Integer> chosen = new HashSet<>();
		chosen.add(caBanStart);
		while (chosen.size() < count) {
			int slot = random.nextInt(total);
			if (slot < caBanStart || slot >= caBanStart + sizes[caBanTeam]) {
				chosen.add(slot);
			}
		}
		return chosen;
	}

	private Set<Affiliation> affiliations(int position, boolean youth, Sex sex) {
		Set<Affiliation> set = EnumSet.noneOf(Affiliation.class);
		if (position == 0 && random.nextInt(100) < 40) {
			set.add(Affiliation.HAMLET_HEAD);
		}
		if (youth && random.nextInt(100) < 85) {
			set.add(Affiliation.YOUTH_UNION);
		}
		if (!youth && sex == Sex.FEMALE && random.nextInt(100) < 50) {
			set.add(Affiliation.WOMEN_UNION);
		}
		if (!youth && sex == Sex.MALE && random.nextInt(100) < 30) {
			set.add(Affiliation.FARMERS_ASSOCIATION);
		}
		int r = random.nextInt(100);
		if (r < 4) {
			set.add(Affiliation.POLICE);
		}
		else if (r < 7) {
			set.add(Affiliation.POST_TELECOM);
		}
		if (set.isEmpty()) {
			set.add(Affiliation.OTHER);
		}
		return set;
	}

	private static String phone(int slot) {
		return PREFIXES[slot % PREFIXES.length] + String.format("%07d", 1_000_000 + slot);
	}

	private static String array(Set<Affiliation> affiliations) {
		return "{" + String.join(",", affiliations.stream().map(Enum::name).sorted().toList()) + "}";
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
