package vn.ngoso.feedback.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.feedback.Channel;
import vn.ngoso.feedback.FeedbackItem;
import vn.ngoso.feedback.FeedbackStatus;

/** Feedback items and their history, in SQL. */
@Repository
public class FeedbackRepository {

	private static final String SELECT = """
			select f.*, c.name as category_name, u.name as unit_name, u.code as unit_code, a.name as agency_name,
			    cu.name as commune_name, cu.code as commune_code
			from feedback f join feedback_category c on c.code = f.category join admin_unit u on u.id = f.unit_id
			join admin_unit cu on cu.id = case when u.level = 4 then u.parent_id else u.id end
			left join agency a on a.id = f.agency_id
			""";

	private final JdbcClient jdbc;

	FeedbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The columns of a new item. */
	public record NewRow(UUID id, String reference, String category, String description, long unitId, String unitPath,
			String provinceCode, @Nullable BigDecimal lat, @Nullable BigDecimal lon, @Nullable String contactName,
			@Nullable String contactPhone, Channel channel, FeedbackStatus status, @Nullable Long agencyId,
			Instant receivedAt, LocalDate dueOn, boolean published) {
	}

	public void insert(NewRow r) {
		jdbc.sql("""
				insert into feedback (id, reference, category, description, unit_id, unit_path, province_code, lat, lon,
				    contact_name, contact_phone, contact_consent_at, channel, status, agency_id, received_at,
				    first_due_on, due_on, updated_at, published)
				values (:id, :reference, :category, :description, :unitId, cast(:unitPath as ltree), :province, :lat, :lon,
				    :contactName, :contactPhone, :consentAt, :channel, :status, :agencyId, :receivedAt, :dueOn, :dueOn,
				    :receivedAt, :published)
				""")
			.param("id", r.id()).param("reference", r.reference()).param("category", r.category())
			.param("description", r.description()).param("unitId", r.unitId()).param("unitPath", r.unitPath())
			.param("province", r.provinceCode()).param("lat", r.lat()).param("lon", r.lon())
			.param("contactName", r.contactName()).param("contactPhone", r.contactPhone())
			.param("consentAt", r.contactName() == null && r.contactPhone() == null ? null : Timestamp.from(r.receivedAt()))
			.param("channel", r.channel().name()).param("status", r.status().name()).param("agencyId", r.agencyId())
			.param("receivedAt", Timestamp.from(r.receivedAt())).param("dueOn", r.dueOn())
			.param("published", r.published()).update();
	}

	public boolean referenceTaken(String reference) {
		return jdbc.sql("select exists(select 1 from feedback where reference = ?)").param(reference)
			.query(Boolean.class).single();
	}

	public Optional<FeedbackItem> find(UUID id) {
		return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FeedbackRepository::item).optional();
	}

	public Optional<FeedbackItem> findByReference(String reference) {
		return jdbc.sql(SELECT + " where f.reference = ?").param(reference).query(FeedbackRepository::item).optional();
	}

	/** Items of these agencies (an agency officer's inbox), open ones first, oldest deadline first. */
	public List<FeedbackItem> ofAgencies(List<Long> agencyIds, boolean openOnly, int limit) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where f.agency_id in (:ids)" + (openOnly ? " and f.status not in ('ANSWERED', 'CLOSED')" : "")
				+ " order by f.status in ('ANSWERED', 'CLOSED'), f.due_on, f.received_at limit :limit")
			.param("ids", agencyIds).param("limit", limit).query(FeedbackRepository::item).list();
	}

	/** Items raised under a unit (null path: everywhere). */
	public List<FeedbackItem> under(@Nullable String path, boolean openOnly, int limit) {
		return jdbc.sql(SELECT + " where (cast(:path as ltree) is null or f.unit_path <@ cast(:path as ltree))"
				+ (openOnly ? " and f.status not in ('ANSWERED', 'CLOSED')" : "")
				+ " order by f.status in ('ANSWERED', 'CLOSED'), f.due_on, f.received_at limit :limit")
			.param("path", path).param("limit", limit).query(FeedbackRepository::item).list();
	}

	/**
	 * The Open311 search, newest first. Without references it is the public list, where what staff
	 * wrote down appears only if they marked it public; with references, the holders' own items.
	 */
	private static final String OPEN311_WHERE = """
			 where (cardinality(cast(:refs as text[])) = 0 or f.reference = any(cast(:refs as text[])))
			   and (cardinality(cast(:refs as text[])) > 0 or f.published or f.channel not in ('HOTLINE', 'VISIT'))
			   and (cast(:category as text) is null or f.category = cast(:category as text))
			   and f.received_at >= :start and f.received_at < :end
			   and (cast(:open as boolean) is null or (f.status not in ('ANSWERED', 'CLOSED')) = cast(:open as boolean))
			""";

	public List<FeedbackItem> search(vn.ngoso.feedback.Open311Filter filter) {
		// the id breaks ties between items received in the same instant, so that pages never overlap
		return open311(SELECT + OPEN311_WHERE + " order by f.received_at desc, f.id limit :limit offset :offset", filter)
			.param("limit", filter.limit()).param("offset", filter.offset())
			.query(FeedbackRepository::item).list();
	}

	/** How many items the filter matches, over all pages. */
	public long count(vn.ngoso.feedback.Open311Filter filter) {
		return open311("select count(*) from feedback f" + OPEN311_WHERE, filter).query(Long.class).single();
	}

	private JdbcClient.StatementSpec open311(String sql, vn.ngoso.feedback.Open311Filter filter) {
		return jdbc.sql(sql)
			.param("refs", new org.springframework.jdbc.support.SqlArrayValue("text", filter.references().toArray()))
			.param("category", filter.category())
			.param("start", Timestamp.from(filter.start())).param("end", Timestamp.from(filter.end()))
			.param("open", filter.open());
	}

	/** Open items whose deadline passed before {@code today}. */
	public List<UUID> overdue(LocalDate today) {
		return jdbc.sql("select id from feedback where status not in ('ANSWERED', 'CLOSED') and due_on < ? order by due_on")
			.param(today).query(UUID.class).list();
	}

	/** Answered items whose reopening window ended before {@code cutoff}. */
	public List<UUID> answeredBefore(Instant cutoff) {
		return jdbc.sql("select id from feedback where status = 'ANSWERED' and answered_at < ?")
			.param(Timestamp.from(cutoff)).query(UUID.class).list();
	}

	public void setStatus(UUID id, FeedbackStatus status, Instant at) {
		jdbc.sql("update feedback set status = ?, updated_at = ? where id = ?")
			.params(status.name(), Timestamp.from(at), id).update();
	}

	public void route(UUID id, @Nullable Long agencyId, FeedbackStatus status, Instant at) {
		jdbc.sql("update feedback set agency_id = ?, status = ?, updated_at = ? where id = ?")
			.params(agencyId, status.name(), Timestamp.from(at), id).update();
	}

	public void escalate(UUID id, @Nullable Long agencyId, LocalDate newDue, Instant at) {
		jdbc.sql("""
				update feedback set agency_id = coalesce(cast(? as bigint), agency_id), status = case when cast(? as bigint) is null then status else 'ROUTED' end,
				    due_on = ?, escalation_level = escalation_level + 1, updated_at = ? where id = ?
				""").params(agencyId, agencyId, newDue, Timestamp.from(at), id).update();
	}

	public void answer(UUID id, String answer, Instant at) {
		jdbc.sql("""
				update feedback set status = 'ANSWERED', answer = ?, answered_at = ?,
				    first_answered_at = coalesce(first_answered_at, ?), updated_at = ? where id = ?
				""").params(answer, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at), id).update();
	}

	public void reopen(UUID id, LocalDate newDue, Instant at) {
		jdbc.sql("update feedback set status = 'REOPENED', reopened_at = ?, due_on = ?, updated_at = ? where id = ?")
			.params(Timestamp.from(at), newDue, Timestamp.from(at), id).update();
	}

	public void close(UUID id, Instant at) {
		jdbc.sql("update feedback set status = 'CLOSED', closed_at = ?, updated_at = ? where id = ?")
			.params(Timestamp.from(at), Timestamp.from(at), id).update();
	}

	public void event(UUID id, Instant at, String actor, String action, FeedbackStatus status, @Nullable Long agencyId,
			@Nullable String note) {
		jdbc.sql("""
				insert into feedback_event (feedback_id, at, actor, action, status, agency_id, note)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(id, Timestamp.from(at), actor, action, status.name(), agencyId, note).update();
	}

	/** One step of an item's history. */
	public record Event(Instant at, String actor, String action, FeedbackStatus status, @Nullable String agencyName,
			@Nullable String note) {
	}

	public List<Event> events(UUID id) {
		return jdbc.sql("""
				select e.at, e.actor, e.action, e.status, a.name as agency_name, e.note
				from feedback_event e left join agency a on a.id = e.agency_id where e.feedback_id = ? order by e.at, e.id
				""").param(id).query((rs, n) -> new Event(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
						rs.getString("action"), FeedbackStatus.valueOf(rs.getString("status")), rs.getString("agency_name"),
						rs.getString("note"))).list();
	}

	static FeedbackItem item(ResultSet rs, int n) throws SQLException {
		return new FeedbackItem(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("category"),
				rs.getString("category_name"), rs.getString("description"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("unit_path"), rs.getBigDecimal("lat"), rs.getBigDecimal("lon"), rs.getString("contact_name"),
				rs.getString("contact_phone"), Channel.valueOf(rs.getString("channel")),
				FeedbackStatus.valueOf(rs.getString("status")), rs.getObject("agency_id", Long.class),
				rs.getString("agency_name"), instant(rs, "received_at"), rs.getObject("first_due_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getInt("escalation_level"), instant(rs, "answered_at"),
				rs.getString("answer"), instant(rs, "reopened_at"), instant(rs, "closed_at"), instant(rs, "updated_at"),
				rs.getBoolean("published"), rs.getString("commune_code"), rs.getString("commune_name"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
