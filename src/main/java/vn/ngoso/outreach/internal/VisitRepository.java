package vn.ngoso.outreach.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.outreach.Visit;

@Repository
public class VisitRepository {

	private final JdbcClient jdbc;

	VisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets or clears a visit's disputed mark; false when there is no such visit. */
	public boolean markDisputed(UUID id, boolean disputed) {
		return jdbc.sql("update visit set disputed = ? where id = ?").params(disputed, id).update() == 1;
	}

	/**
	 * @param unitId the hamlet the household was in on the visit's day, where the visit counts
	 * @param unitPath that hamlet's path
	 * @param teamId the team of the visit's first member on that day
	 * @param device the phone it was sent from, null when typed in a browser
	 * @return false when a visit with this id exists already (then nothing is written)
	 */
	public boolean insert(UUID id, UUID householdId, long unitId, String unitPath, @Nullable Long teamId,
			String provinceCode, LocalDate date, String by, @Nullable String note, @Nullable UUID device) {
		return jdbc.sql("""
				insert into visit (id, household_id, unit_id, unit_path, team_id, province_code, visited_on, recorded_by,
				                   note, device_id)
				values (?, ?, ?, ?::ltree, ?, ?, ?, ?, ?, ?) on conflict (province_code, id) do nothing
				""").params(id, householdId, unitId, unitPath, teamId, provinceCode, date, by, note, device).update() == 1;
	}

	/** Visits counted for a team between two days, by the member who took part in them. */
	public Map<Long, Long> visitsByMember(long teamId, LocalDate from, LocalDate to) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select vm.member_id, count(*) from visit v join visit_member vm on vm.visit_id = v.id
				where v.team_id = ? and v.visited_on between ? and ? group by vm.member_id
				""").params(teamId, from, to)
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	/** A visit's members in one statement. */
	public void addMembers(String provinceCode, UUID visitId, List<Long> memberIds) {
		jdbc.sql("insert into visit_member (province_code, visit_id, member_id) select ?, ?, unnest(?) on conflict do nothing")
			.params(provinceCode, visitId, new org.springframework.jdbc.support.SqlArrayValue("bigint", memberIds.toArray())).update();
	}

	/** A visit's outcomes in one statement: pairs of resident and item, by position. */
	public void addOutcomes(String provinceCode, UUID visitId, List<UUID> residents, List<ReadinessItem> items) {
		jdbc.sql("""
				insert into visit_outcome (province_code, visit_id, resident_id, item)
				select ?, ?, t.r, t.i from unnest(?, ?) t(r, i) on conflict do nothing
				""").params(provinceCode, visitId, new org.springframework.jdbc.support.SqlArrayValue("uuid", residents.toArray()),
				new org.springframework.jdbc.support.SqlArrayValue("text", items.stream().map(Enum::name).toArray())).update();
	}

	/** The household of a recorded visit, without reading the visit. */
	public Optional<UUID> householdOf(UUID id) {
		return jdbc.sql("select household_id from visit where id = ?").param(id).query(UUID.class).optional();
	}

	public Optional<Visit> find(UUID id) {
		return findWhere("v.id = ?", id).stream().findFirst();
	}

	public List<Visit> ofHousehold(UUID householdId) {
		return findWhere("v.household_id = ?", householdId);
	}

	private List<Visit> findWhere(String condition, Object param) {
		record Row(UUID id, UUID household, LocalDate date, String by, String note, java.time.Instant at) {
		}
		List<Row> rows = jdbc.sql("select * from visit v where " + condition + " order by v.visited_on desc, v.created_at desc")
			.param(param)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
					rs.getObject("visited_on", LocalDate.class), rs.getString("recorded_by"), rs.getString("note"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		List<Visit> visits = new ArrayList<>();
		for (Row r : rows) {
			List<Long> members = jdbc.sql("select member_id from visit_member where visit_id = ? order by member_id")
				.param(r.id()).query(Long.class).list();
			Map<UUID, List<ReadinessItem>> outcomes = new LinkedHashMap<>();
			jdbc.sql("select resident_id, item from visit_outcome where visit_id = ? order by resident_id, item")
				.param(r.id())
				.query(rs -> {
					outcomes.computeIfAbsent(rs.getObject("resident_id", UUID.class), k -> new ArrayList<>())
						.add(ReadinessItem.valueOf(rs.getString("item")));
				});
			visits.add(new Visit(r.id(), r.household(), r.date(), r.by(), members,
					outcomes.entrySet().stream().map(e -> new Visit.Outcome(e.getKey(), e.getValue())).toList(),
					r.note(), r.at()));
		}
		return visits;
	}
}
