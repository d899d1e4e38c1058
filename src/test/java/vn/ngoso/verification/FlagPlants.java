package vn.ngoso.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plants records that look made up, straight into the tables, inside the test's transaction (it
 * rolls back, so the live figures other tests compare never see them). Dates are in 2021, before
 * anything the demo records, so a window of planted days holds nothing else.
 */
final class FlagPlants {

	static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private final JdbcClient jdbc;

	FlagPlants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The province above the hamlet. */
	long provinceOf(long hamletId) {
		return jdbc.sql("select p.id from admin_unit h join admin_unit p on p.path = subpath(h.path, 0, 1) where h.id = ?")
			.param(hamletId).query(Long.class).single();
	}

	long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null").param(code).query(Long.class).single();
	}

	long memberOf(String user) {
		return jdbc.sql("select member_id from app_user where username = ?").param(user).query(Long.class).single();
	}

	List<UUID> households(long hamletId, int count) {
		return jdbc.sql("select id from household where unit_id = ? order by code limit ?").param(hamletId).param(count)
			.query(UUID.class).list();
	}

	List<UUID> residents(long hamletId, int count) {
		return jdbc.sql("""
				select r.id from resident r join household h on h.id = r.household_id
				where h.unit_id = ? order by h.code, r.id limit ?""").param(hamletId).param(count).query(UUID.class).list();
	}

	/** A visit by these members, received by the server at {@code receivedAt} (Vietnam time). */
	UUID visit(UUID household, LocalDate on, OffsetDateTime receivedAt, long... members) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into visit (id, household_id, unit_id, unit_path, team_id, province_code, visited_on, recorded_by, created_at)
				select :id, h.id, h.unit_id, h.unit_path, (select team_id from member where id = :member), h.province_code,
				       :on, 'thanhvien', :at
				from household h where h.id = :household""")
			.param("id", id).param("member", members[0]).param("on", on).param("at", receivedAt)
			.param("household", household).update();
		for (long member : members) {
			jdbc.sql("insert into visit_member (province_code, visit_id, member_id) select province_code, id, ? from visit where id = ?")
				.param(member).param(id).update();
		}
		return id;
	}

	/** A visit sent from a phone by an account (recorded by it), the day after. */
	UUID visitFromPhone(UUID household, LocalDate on, UUID device, String account, long member) {
		UUID id = visitSentLater(household, on, member);
		jdbc.sql("update visit set device_id = ?, recorded_by = ? where id = ?").param(device).param(account).param(id)
			.update();
		return id;
	}

	/** A visit received the day after, in the evening: counts for the day, never for an hour. */
	UUID visitSentLater(UUID household, LocalDate on, long member) {
		return visit(household, on, on.plusDays(1).atTime(20, 0).atOffset(VIETNAM), member);
	}

	void outcome(UUID visit, UUID resident, String item) {
		jdbc.sql("""
				insert into visit_outcome (province_code, visit_id, resident_id, item)
				select province_code, id, ?, ? from visit where id = ?""").param(resident).param(item).param(visit).update();
	}

	void deskDay(long unitId, LocalDate on, long member) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into service_desk_day (id, unit_id, unit_path, province_code, served_on, recorded_by)
				select :id, u.id, u.path, u.province_code, :on, 'tinh' from admin_unit u where u.id = :unit""")
			.param("id", id).param("on", on).param("unit", unitId).update();
		jdbc.sql("insert into service_desk_member (day_id, member_id) values (?, ?)").param(id).param(member).update();
	}

	/** Makes the resident hold the item since that day (inserted or moved earlier). */
	void holds(UUID resident, String item, LocalDate since) {
		jdbc.sql("""
				insert into readiness (province_code, resident_id, item, since, recorded_by)
				select province_code, id, ?, ?, 'xa' from resident where id = ?
				on conflict (province_code, resident_id, item) do update set since = excluded.since, visit_id = null""")
			.param(item).param(since).param(resident).update();
	}
}
