package vn.ngoso.verification.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.verification.Resolution;
import vn.ngoso.verification.SampledVisit;
import vn.ngoso.verification.VerificationResult;

/**
 * The samples and their items. Reads the visits (outreach), households, residents and teams it
 * lists in SQL: one query for a page of a phone on 3G instead of one call per visit.
 */
@Repository
public class SampleRepository {

	private final JdbcClient jdbc;

	SampleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record StoredSample(long id, long unitId, YearMonth month, long seed, BigDecimal share, int minimum,
			Instant drawnAt, String drawnBy) {
	}

	public record StoredItem(long sampleId, UUID visitId, UUID householdId, @Nullable VerificationResult result) {
	}

	/** The visits recorded under a unit in a month, with their team. */
	public List<SampleDraw.Candidate> candidates(String unitPath, YearMonth month) {
		return jdbc.sql("""
				select id, team_id from visit
				where unit_path <@ cast(? as ltree) and visited_on >= ? and visited_on < ?
				""").params(unitPath, month.atDay(1), month.plusMonths(1).atDay(1))
			.query((rs, i) -> new SampleDraw.Candidate(rs.getObject("id", UUID.class), (Long) rs.getObject("team_id")))
			.list();
	}

	/** @return the new sample's id, or empty when the unit's month has one already */
	public Optional<Long> insertSample(long unitId, String unitPath, YearMonth month, long seed, BigDecimal share,
			int minimum, String by) {
		return jdbc.sql("""
				insert into verification_sample (unit_id, unit_path, month, seed, share, minimum, drawn_by)
				values (?, cast(? as ltree), ?, ?, ?, ?, ?) on conflict (unit_id, month) do nothing returning id
				""").params(unitId, unitPath, month.atDay(1), seed, share, minimum, by).query(Long.class).optional();
	}

	public void insertItems(long sampleId, List<SampleDraw.Candidate> items) {
		for (SampleDraw.Candidate c : items) {
			jdbc.sql("""
					insert into verification_item (sample_id, province_code, visit_id, team_id)
					select ?, v.province_code, v.id, ? from visit v where v.id = ?
					""").params(sampleId, c.teamId(), c.visitId()).update();
		}
	}

	public Optional<StoredSample> find(long unitId, YearMonth month) {
		return jdbc.sql("select * from verification_sample where unit_id = ? and month = ?")
			.params(unitId, month.atDay(1)).query(this::sample).optional();
	}

	public Optional<StoredSample> find(long id) {
		return jdbc.sql("select * from verification_sample where id = ?").param(id).query(this::sample).optional();
	}

	/** The item, locked: two officers checking one visit at once record one after the other. */
	public Optional<StoredItem> lockItem(long sampleId, UUID visitId) {
		return jdbc.sql("""
				select i.sample_id, i.visit_id, v.household_id, i.result from verification_item i
				join visit v on v.id = i.visit_id where i.sample_id = ? and i.visit_id = ? for update of i
				""").params(sampleId, visitId)
			.query((rs, n) -> new StoredItem(rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					result(rs.getString(4))))
			.optional();
	}

	public void recordResult(long sampleId, UUID visitId, VerificationResult result, @Nullable String reason, String by) {
		jdbc.sql("""
				update verification_item set result = ?, reason = ?, checked_by = ?, checked_at = now(),
				       resolved_as = null, resolved_by = null, resolved_at = null, resolution = null
				where sample_id = ? and visit_id = ?
				""").params(result.name(), reason, by, sampleId, visitId).update();
	}

	public void resolve(long sampleId, UUID visitId, Resolution as, String note, String by) {
		jdbc.sql("""
				update verification_item set resolved_as = ?, resolution = ?, resolved_by = ?, resolved_at = now()
				where sample_id = ? and visit_id = ?
				""").params(as.name(), note, by, sampleId, visitId).update();
	}

	/**
	 * Whether the visit's results keep it out of the figures: a "not confirmed" in any sample that
	 * was decided REMOVED, or is still open while open ones are excluded.
	 */
	public boolean shouldDispute(UUID visitId, boolean excludeOpen) {
		return jdbc.sql("""
				select coalesce(bool_or(result = 'NOT_CONFIRMED'
				                        and (resolved_as = 'REMOVED' or (resolved_as is null and ?))), false)
				from verification_item where visit_id = ?
				""").params(excludeOpen, visitId).query(Boolean.class).single();
	}

	/** Whether the visit is out of the figures now (read, not changed: the outreach module owns the mark). */
	public boolean isDisputed(UUID visitId) {
		return jdbc.sql("select disputed from visit where id = ?").param(visitId).query(Boolean.class).single();
	}

	/** The items of a sample as the page lists them: by team, then date. */
	public List<SampledVisit> items(long sampleId) {
		Map<UUID, List<SampledVisit.Outcome>> outcomes = new LinkedHashMap<>();
		jdbc.sql("""
				select o.visit_id, r.full_name, o.item from verification_item i
				join visit_outcome o on o.visit_id = i.visit_id join resident r on r.id = o.resident_id
				where i.sample_id = ? order by r.full_name, o.item
				""").param(sampleId).query(rs -> {
			outcomes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new SampledVisit.Outcome(rs.getString(2), rs.getString(3)));
		});
		return jdbc.sql("""
				select i.visit_id, v.household_id, v.visited_on, i.result, i.reason, i.resolved_as, i.resolution,
				       i.resolved_by, i.resolved_at, t.name as team, u.name as hamlet,
				       coalesce((select full_name from resident r where r.household_id = v.household_id and r.relation = 'HEAD'
				                 order by r.created_at limit 1), h.address) as head,
				       c.id as contact_id, c.full_name as contact_name, c.phone as contact_phone
				from verification_item i join visit v on v.id = i.visit_id join household h on h.id = v.household_id
				join admin_unit u on u.id = v.unit_id left join team t on t.id = i.team_id
				left join lateral (
				    select r.id, r.full_name, r.phone from resident r
				    where r.household_id = v.household_id and r.phone is not null and r.erased_at is null
				    order by exists (select 1 from visit_outcome o where o.visit_id = v.id and o.resident_id = r.id) desc,
				             r.relation = 'HEAD' desc, r.created_at, r.id
				    limit 1) c on true
				where i.sample_id = ? order by t.name nulls last, v.visited_on, v.id
				""").param(sampleId).query((rs, n) -> item(rs, outcomes)).list();
	}

	private SampledVisit item(ResultSet rs, Map<UUID, List<SampledVisit.Outcome>> outcomes) throws SQLException {
		UUID visit = rs.getObject("visit_id", UUID.class);
		String phone = rs.getString("contact_phone");
		return new SampledVisit(visit, rs.getObject("household_id", UUID.class), rs.getString("head"),
				rs.getString("hamlet"), rs.getObject("visited_on", LocalDate.class), rs.getString("team"),
				outcomes.getOrDefault(visit, List.of()), rs.getObject("contact_id", UUID.class),
				rs.getString("contact_name"), phone == null ? null : PhoneNumber.mask(phone),
				result(rs.getString("result")), rs.getString("reason"), resolution(rs));
	}

	private static SampledVisit.@Nullable Resolved resolution(ResultSet rs) throws SQLException {
		String as = rs.getString("resolved_as");
		return as == null ? null : new SampledVisit.Resolved(Resolution.valueOf(as), rs.getString("resolution"),
				rs.getString("resolved_by"), rs.getObject("resolved_at", java.time.OffsetDateTime.class).toInstant());
	}

	/**
	 * Checked sampled visits made under a path, of samples of months in a range, by result: the
	 * confidence figure's counts. By the visit's place, so a hamlet's figure holds the checks of
	 * its visits whoever drew the sample.
	 */
	public Map<VerificationResult, Long> resultsUnder(String path, LocalDate fromMonth, LocalDate toMonth) {
		Map<VerificationResult, Long> counts = new java.util.EnumMap<>(VerificationResult.class);
		jdbc.sql("""
				select i.result, count(*) from verification_item i join verification_sample s on s.id = i.sample_id
				join visit v on v.id = i.visit_id
				where v.unit_path <@ cast(? as ltree) and s.month between ? and ? and i.result is not null
				group by i.result
				""").params(path, fromMonth, toMonth)
			.query(rs -> {
				counts.put(VerificationResult.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	private StoredSample sample(ResultSet rs, int n) throws SQLException {
		return new StoredSample(rs.getLong("id"), rs.getLong("unit_id"),
				YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("seed"), rs.getBigDecimal("share"),
				rs.getInt("minimum"), rs.getTimestamp("drawn_at").toInstant(), rs.getString("drawn_by"));
	}

	private static @Nullable VerificationResult result(@Nullable String name) {
		return name == null ? null : VerificationResult.valueOf(name);
	}
}
