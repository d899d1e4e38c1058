package vn.ngoso.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.outreach.DeskKind;
import vn.ngoso.outreach.ServiceDeskDay;
import vn.ngoso.outreach.internal.SessionRepository.Located;

/** Support days at the service desks and the members on duty. */
@Repository
public class DeskDayRepository {

	private static final String SELECT = """
			select d.*, u.code as unit_code, u.name as unit_name, u.level as unit_level,
			       coalesce((select array_agg(m.member_id order by m.member_id) from service_desk_member m
			                 where m.day_id = d.id), '{}') as member_ids,
			       coalesce((select array_agg(p.full_name order by m.member_id) from service_desk_member m
			                 join member p on p.id = m.member_id where m.day_id = d.id), '{}') as member_names
			from service_desk_day d join admin_unit u on u.id = d.unit_id
			""";

	private final JdbcClient jdbc;

	DeskDayRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of a day's results, all three or none. */
	public record Counts(int accountsHelped, int dossiersOnline, int paymentsOnline) {
	}

	/** @return false when a day with this id exists already (then nothing is written) */
	public boolean insert(UUID id, long unitId, String unitPath, String provinceCode, LocalDate date,
			@Nullable Counts counts, @Nullable String notes, String by) {
		return jdbc.sql("""
				insert into service_desk_day (id, unit_id, unit_path, province_code, served_on, accounts_helped,
				                              dossiers_online, payments_online, notes, recorded_by)
				values (?, ?, ?::ltree, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
				""").params(id, unitId, unitPath, provinceCode, date, counts == null ? null : counts.accountsHelped(),
				counts == null ? null : counts.dossiersOnline(), counts == null ? null : counts.paymentsOnline(), notes, by)
			.update() == 1;
	}

	public void setResults(UUID id, Counts counts, @Nullable String notes) {
		jdbc.sql("""
				update service_desk_day set accounts_helped = ?, dossiers_online = ?, payments_online = ?,
				       notes = coalesce(?, notes) where id = ?
				""").params(counts.accountsHelped(), counts.dossiersOnline(), counts.paymentsOnline(), notes, id).update();
	}

	public void setMembers(UUID id, List<Long> memberIds) {
		jdbc.sql("delete from service_desk_member where day_id = ?").param(id).update();
		memberIds.forEach(m -> jdbc.sql("insert into service_desk_member (day_id, member_id) values (?, ?)")
			.params(id, m).update());
	}

	public Optional<Located<ServiceDeskDay>> find(UUID id) {
		return jdbc.sql(SELECT + " where d.id = ?").param(id)
			.query((rs, n) -> new Located<>(day(rs), rs.getString("unit_path"))).optional();
	}

	/** Days at desks under the path, the latest first. */
	public List<ServiceDeskDay> under(String path, int offset, int limit) {
		return jdbc.sql(SELECT + " where d.unit_path <@ cast(:path as ltree) order by d.served_on desc, d.created_at desc"
				+ " offset :offset limit :limit")
			.param("path", path).param("offset", offset).param("limit", limit).query((rs, n) -> day(rs)).list();
	}

	public long countUnder(String path) {
		return jdbc.sql("select count(*) from service_desk_day where unit_path <@ cast(? as ltree)").param(path)
			.query(Long.class).single();
	}

	/** Days from {@code from} at the desks of the unit with this path and of every unit above it. */
	public List<Located<ServiceDeskDay>> atOrAbove(String path, LocalDate from, int limit) {
		return jdbc.sql(SELECT + " where d.unit_path @> cast(:path as ltree) and d.served_on >= :from"
				+ " order by d.served_on, u.level, d.created_at limit :limit")
			.param("path", path).param("from", from).param("limit", limit)
			.query((rs, n) -> new Located<>(day(rs), rs.getString("unit_path"))).list();
	}

	/** A desk the caller can record days for: the province's centre or a commune's one-stop desk. */
	public record DeskOption(long id, String name, boolean centre) {
	}

	/**
	 * The desks in the subtree under the path (null: every one), in tree order: by level, since a
	 * province may be a centrally-run city and a commune a special zone (đặc khu) since 2025.
	 */
	public List<DeskOption> desksUnder(@Nullable String path) {
		return jdbc.sql("""
				select id, name, level = 1 as centre from admin_unit
				where level in (1, 3) and valid_to is null
				  and (cast(:path as text) is null or path <@ cast(:path as ltree))
				order by path limit 1000
				""").param("path", path)
			.query((rs, n) -> new DeskOption(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
	}

	private static ServiceDeskDay day(ResultSet rs) throws SQLException {
		return new ServiceDeskDay(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"),
				rs.getInt("unit_level") == 1 ? DeskKind.CENTRE : DeskKind.ONE_STOP,
				rs.getObject("served_on", LocalDate.class), SessionRepository.longs(rs.getArray("member_ids")),
				List.of(SessionRepository.strings(rs.getArray("member_names"))),
				(Integer) rs.getObject("accounts_helped"), (Integer) rs.getObject("dossiers_online"),
				(Integer) rs.getObject("payments_online"), rs.getString("notes"), rs.getString("recorded_by"),
				rs.getTimestamp("created_at").toInstant());
	}
}
