package vn.ngoso.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few outreach sessions and support days in Tuyên Bình and at the provincial centre, so that
 * the pages have something to show: sessions of the Cả Bản team and of the commune over the last
 * months, past days at the desks with their results, and two days planned ahead.
 */
final class DemoOperations {

	private static final String[][] SESSIONS = {
			{ "Nhà văn hoá ấp Cả Bản", "ONLINE_PUBLIC_SERVICES,VNEID", "45", "120", "Viettel Long An" },
			{ "Sân Trường Tiểu học Tuyên Bình", "PROVINCIAL_APP,CASHLESS", "80", "200", "VNPT Long An, Bưu điện huyện Vĩnh Hưng" },
			{ "Nhà văn hoá ấp Cả Bản", "DIGITAL_SKILLS,ONLINE_SAFETY", "30", "60", "" },
			{ "Hội trường UBND xã Tuyên Bình", "ONLINE_PAYMENT,ONLINE_PUBLIC_SERVICES", "120", "300", "Viettel Long An" },
			{ "Chợ Tuyên Bình", "CASHLESS", "60", "150", "Ngân hàng Agribank chi nhánh Vĩnh Hưng" },
			{ "Nhà văn hoá ấp 2", "VNEID,PROVINCIAL_APP", "35", "80", "" } };

	private final JdbcTemplate template;

	private final Random random;

	private final LocalDate today;

	private final boolean story;

	/** {@code story}: the sessions are held in today's Tây Ninh, with partners named as they are now. */
	DemoOperations(JdbcTemplate template, Random random, LocalDate today, boolean story) {
		this.template = template;
		this.random = random;
		this.today = today;
		this.story = story;
	}

	private String partners(String named) {
		return story ? named.replace("Long An", "Tây Ninh").replace("Bưu điện huyện Vĩnh Hưng", "Bưu điện Vĩnh Hưng") : named;
	}

	/** Units are given with their paths: the hamlets hold team sessions, the commune its own. */
	record Place(long unitId, String path, String province) {
	}

	void insert(Place caBan, Place ap2, Place commune, Place province, long caBanTeam, List<Long> caBanMembers) {
		for (int i = 0; i < SESSIONS.length; i++) {
			String[] s = SESSIONS[i];
			Place at = i == 3 || i == 4 ? commune : i == 5 ? ap2 : caBan;
			UUID id = new UUID(0x5e55_10e0L, i + 1);
			template.update("""
					insert into outreach_session (id, unit_id, unit_path, province_code, held_on, place, topics, attendees,
					                              leaflets, partners, notes, recorded_by)
					values (?, ?, ?::ltree, ?, ?, ?, string_to_array(?, ','), ?, ?, nullif(?, ''), null, 'xa')
					""", id, at.unitId(), at.path(), at.province(), today.minusDays(10 + 17L * i), s[0], s[1],
					Integer.parseInt(s[2]), Integer.parseInt(s[3]), partners(s[4]));
			if (at == caBan) {
				template.update("insert into outreach_session_team (session_id, team_id) values (?, ?)", id, caBanTeam);
			}
		}
		for (int i = 0; i < 8; i++) {
			boolean ahead = i >= 6;
			Place desk = i % 3 == 2 ? province : commune;
			LocalDate day = ahead ? today.plusDays(3 + 7L * (i - 6)) : today.minusDays(7 + 14L * i);
			UUID id = new UUID(0xde5c_da70L, i + 1);
			Integer accounts = ahead ? null : 15 + random.nextInt(30);
			template.update("""
					insert into service_desk_day (id, unit_id, unit_path, province_code, served_on, accounts_helped,
					                              dossiers_online, payments_online, recorded_by)
					values (?, ?, ?::ltree, ?, ?, ?, ?, ?, 'xa')
					""", id, desk.unitId(), desk.path(), desk.province(), day, accounts,
					ahead ? null : accounts / 2 + random.nextInt(5), ahead ? null : accounts / 4 + random.nextInt(3));
			if (desk == commune) {
				for (long member : caBanMembers.subList(0, Math.min(2, caBanMembers.size()))) {
					template.update("insert into service_desk_member (day_id, member_id) values (?, ?)", id, member);
				}
			}
		}
	}
}
