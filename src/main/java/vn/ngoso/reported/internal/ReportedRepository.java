package vn.ngoso.reported.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Months;
import vn.ngoso.reported.ReportedStatus;
import vn.ngoso.reported.ReportedStep;
import vn.ngoso.reported.ReportedValue;

/** The reported values, their steps, and the approved rows under a path. */
@Repository
public class ReportedRepository {

	private static final String COLUMNS = """
			r.id, r.unit_id, u.code as unit_code, u.name as unit_name, r.unit_path::text as unit_path, r.indicator,
			r.period_from, r.period_to, r.value, r.note, r.status, r.entered_by, r.entered_at, r.updated_at,
			r.submitted_at, r.decided_by, r.decided_at
			""";

	/**
	 * Who looks: drafts are seen by their author only, everything else by anyone whose subtree
	 * holds the unit ({@code :scope} null for a national administrator).
	 */
	private static final String VISIBLE = """
			(r.status <> 'DRAFT' or r.entered_by = :me)
			and (cast(:scope as ltree) is null or r.unit_path <@ cast(:scope as ltree))
			""";

	private static final String FILTERS = """
			and (cast(:under as ltree) is null or r.unit_path <@ cast(:under as ltree))
			and (cast(:indicator as text) is null or r.indicator = :indicator)
			and (cast(:status as text) is null or r.status = :status)
			and (not :mine or r.entered_by = :me)
			and (not :awaiting or (r.status = 'SUBMITTED' and r.entered_by <> :me
			     and (cast(:scope as ltree) is null or r.unit_path <> cast(:scope as ltree))))
			""";

	private final JdbcClient jdbc;

	private final Indicators indicators;

	ReportedRepository(JdbcClient jdbc, Indicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/** What a listing asks for, with the caller's name and subtree. */
	public record Query(String me, @Nullable String scope, @Nullable String under, @Nullable String indicator,
			@Nullable ReportedStatus status, boolean awaiting, boolean mine) {
	}

	public Optional<ReportedValue> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from reported_value r join admin_unit u on u.id = r.unit_id where r.id = ?")
			.param(id).query(this::map).optional();
	}

	/** Locks the row for a change of status, so that two decisions never cross. */
	public Optional<ReportedValue> findForUpdate(UUID id) {
		return jdbc.sql("select " + COLUMNS
				+ " from reported_value r join admin_unit u on u.id = r.unit_id where r.id = ? for update of r")
			.param(id).query(this::map).optional();
	}

	public List<ReportedValue> list(Query q, int offset, int limit) {
		String order = q.awaiting() ? "r.submitted_at, r.id" : "r.updated_at desc, r.id";
		return params(jdbc.sql("select " + COLUMNS + " from reported_value r join admin_unit u on u.id = r.unit_id where "
				+ VISIBLE + FILTERS + " order by " + order + " offset :offset limit :limit"), q)
			.param("offset", offset).param("limit", limit).query(this::map).list();
	}

	public long count(Query q) {
		return params(jdbc.sql("select count(*) from reported_value r where " + VISIBLE + FILTERS), q).query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Query q) {
		return spec.param("me", q.me()).param("scope", q.scope()).param("under", q.under())
			.param("indicator", q.indicator()).param("status", q.status() == null ? null : q.status().name())
			.param("mine", q.mine()).param("awaiting", q.awaiting());
	}

	/** An open value (draft or submitted) of the unit, indicator and months, other than {@code except}. */
	public boolean openExists(long unitId, String indicator, YearMonth from, YearMonth to, @Nullable UUID except) {
		return jdbc.sql("""
				select exists(select 1 from reported_value where unit_id = :unit and indicator = :indicator
				  and period_from = :from and period_to = :to and status in ('DRAFT', 'SUBMITTED')
				  and (cast(:except as uuid) is null or id <> cast(:except as uuid)))
				""").param("unit", unitId).param("indicator", indicator).param("from", day(from)).param("to", day(to))
			.param("except", except).query(Boolean.class).single();
	}

	/**
	 * A value (not rejected) of the unit and indicator whose months overlap these without being the
	 * same months: two such flows would count the shared months twice.
	 */
	public Optional<Months> overlapping(long unitId, String indicator, YearMonth from, YearMonth to,
			@Nullable UUID except) {
		return jdbc.sql("""
				select period_from, period_to from reported_value where unit_id = :unit and indicator = :indicator
				  and status <> 'REJECTED' and period_from <= :to and period_to >= :from
				  and not (period_from = :from and period_to = :to)
				  and (cast(:except as uuid) is null or id <> cast(:except as uuid))
				order by period_from limit 1
				""").param("unit", unitId).param("indicator", indicator).param("from", day(from)).param("to", day(to))
			.param("except", except)
			.query((rs, n) -> new Months(month(rs.getDate(1)), month(rs.getDate(2)))).optional();
	}

	public record Months(YearMonth from, YearMonth to) {
	}

	public void insert(UUID id, long unitId, String unitPath, String indicator, YearMonth from, YearMonth to,
			BigDecimal value, @Nullable String note, String by) {
		jdbc.sql("""
				insert into reported_value (id, unit_id, unit_path, indicator, period_from, period_to, value, note, status,
				                            entered_by)
				values (:id, :unit, cast(:path as ltree), :indicator, :from, :to, :value, :note, 'DRAFT', :by)
				""").param("id", id).param("unit", unitId).param("path", unitPath).param("indicator", indicator)
			.param("from", day(from)).param("to", day(to)).param("value", value).param("note", note).param("by", by)
			.update();
	}

	public void update(UUID id, long unitId, String unitPath, String indicator, YearMonth from, YearMonth to,
			BigDecimal value, @Nullable String note) {
		jdbc.sql("""
				update reported_value set unit_id = :unit, unit_path = cast(:path as ltree), indicator = :indicator,
				  period_from = :from, period_to = :to, value = :value, note = :note, updated_at = now()
				where id = :id
				""").param("id", id).param("unit", unitId).param("path", unitPath).param("indicator", indicator)
			.param("from", day(from)).param("to", day(to)).param("value", value).param("note", note).update();
	}

	public void submitted(UUID id) {
		jdbc.sql("""
				update reported_value set status = 'SUBMITTED', submitted_at = clock_timestamp(), updated_at = now(),
				  decided_by = null, decided_at = null where id = ?
				""").param(id).update();
	}

	/** Approved or rejected, by whom and when (the clock, not the transaction's start: the newest wins). */
	public void decided(UUID id, ReportedStatus status, String by) {
		jdbc.sql("""
				update reported_value set status = :status, decided_by = :by, decided_at = clock_timestamp(),
				  updated_at = now() where id = :id
				""").param("status", status.name()).param("by", by).param("id", id).update();
	}

	public void delete(UUID id) {
		jdbc.sql("delete from reported_value where id = ?").param(id).update();
	}

	public void step(ReportedValue v, String action, String actor, @Nullable String comment) {
		jdbc.sql("""
				insert into reported_value_step (value_id, action, status, actor, comment, value, period_from, period_to)
				select id, :action, status, :actor, :comment, value, period_from, period_to from reported_value where id = :id
				""").param("id", v.id()).param("action", action).param("actor", actor).param("comment", comment).update();
	}

	public List<ReportedStep> steps(UUID id) {
		return jdbc.sql("""
				select action, status, actor, at, comment, value, period_from, period_to from reported_value_step
				where value_id = ? order by id
				""").param(id)
			.query((rs, n) -> new ReportedStep(rs.getString("action"), ReportedStatus.valueOf(rs.getString("status")),
					rs.getString("actor"), rs.getTimestamp("at").toInstant(), rs.getString("comment"),
					normal(rs.getBigDecimal("value")), month(rs.getDate("period_from")), month(rs.getDate("period_to"))))
			.list();
	}

	/**
	 * Each unit's own approved value per indicator under the unit's path, in one query over the
	 * path index: a stock's newest value up to the period's end, a flow's sum over the spans within
	 * the period (for one span, the newest approval), a rate's newest value within the period (of
	 * the unit itself only: rates are never added up).
	 */
	public List<OwnValue> approvedUnder(long unitId, YearMonth from, YearMonth to, List<String> stocks,
			List<String> flows, List<String> rates) {
		return jdbc.sql("""
				with a as (
				  select r.unit_id, r.unit_path, r.indicator, r.period_from, r.period_to, r.value, r.decided_at
				  from reported_value r
				  where r.status = 'APPROVED' and r.period_to <= :to
				    and r.unit_path <@ (select path from admin_unit where id = :unit)
				)
				select unit_id, unit_path::text as path, indicator, value, decided_at from (
				  select distinct on (unit_id, indicator) unit_id, unit_path, indicator, value, decided_at
				  from a where indicator = any(:stocks)
				  order by unit_id, indicator, period_to desc, decided_at desc
				) s
				union all
				select unit_id, unit_path::text, indicator, sum(value), max(decided_at) from (
				  select distinct on (unit_id, indicator, period_from, period_to) unit_id, unit_path, indicator, value,
				         decided_at
				  from a where indicator = any(:flows) and period_from >= :from
				  order by unit_id, indicator, period_from, period_to, decided_at desc
				) f group by unit_id, unit_path, indicator
				union all
				select unit_id, unit_path::text, indicator, value, decided_at from (
				  select distinct on (indicator) unit_id, unit_path, indicator, value, decided_at
				  from a where indicator = any(:rates) and unit_id = :unit and period_from >= :from
				  order by indicator, period_to desc, decided_at desc
				) t
				""").param("unit", unitId).param("from", day(from)).param("to", day(to))
			.param("stocks", new SqlArrayValue("text", stocks.toArray())).param("flows", new SqlArrayValue("text", flows.toArray()))
			.param("rates", new SqlArrayValue("text", rates.toArray()))
			.query((rs, n) -> new OwnValue(rs.getLong("unit_id"), rs.getString("path"), rs.getString("indicator"),
					rs.getBigDecimal("value"), rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/** A unit's own approved value of an indicator for a period. */
	public record OwnValue(long unitId, String path, String indicator, BigDecimal value, Instant approvedAt) {
	}

	private ReportedValue map(ResultSet rs, int n) throws SQLException {
		String code = rs.getString("indicator");
		boolean percent = indicators.find(code).map(Indicator::percent).orElse(false);
		return new ReportedValue(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("unit_path"), code, percent, month(rs.getDate("period_from")),
				month(rs.getDate("period_to")), normal(rs.getBigDecimal("value")), rs.getString("note"),
				ReportedStatus.valueOf(rs.getString("status")), rs.getString("entered_by"), instant(rs, "entered_at"),
				instant(rs, "updated_at"), instant(rs, "submitted_at"), rs.getString("decided_by"),
				instant(rs, "decided_at"));
	}

	/** Without trailing zeros, and never in exponent form ({@code 100}, not {@code 1E+2}). */
	public static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Date day(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	private static YearMonth month(Date date) {
		LocalDate day = date.toLocalDate();
		return YearMonth.from(day);
	}
}
