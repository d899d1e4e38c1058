package vn.ngoso.households.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.HamletChoice;
import vn.ngoso.households.Household;
import vn.ngoso.households.HouseholdFilter;
import vn.ngoso.households.ReadinessEvent;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.ReadinessMark;
import vn.ngoso.households.Relation;
import vn.ngoso.households.ToVisitFilter;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Sex;

/** SQL over households, residents and their profiles; every list is narrowed to a subtree path. */
@Repository
public class HouseholdRepository {

	/** A resident row before masking. */
	public record StoredResident(UUID id, UUID householdId, String fullName, @Nullable LocalDate birthDate, int birthYear,
			Sex sex, Relation relation, @Nullable String phone, byte @Nullable [] cccdCipher, @Nullable Instant consentAt,
			@Nullable ConsentMethod consentMethod, @Nullable String consentBy, boolean erased) {
	}

	/** Residents as a household lists them: the head first, then by kinship; the head's name comes from it. */
	private static final String RELATION_ORDER = "array_position(array['HEAD','SPOUSE','PARENT','CHILD','GRANDPARENT',"
			+ "'GRANDCHILD','SIBLING','OTHER'], r.relation::text)";

	private static final String HOUSEHOLD_SELECT = """
			select h.id, h.unit_id, u.code as unit_code, u.name as unit_name, h.unit_path::text as unit_path, h.province_code, h.code, h.address,
			       h.covered_from, h.last_visit_on, h.registered_on,
			       (select count(*) from resident r where r.household_id = h.id) as residents,
			       exists (select 1 from resident r where r.household_id = h.id and r.consent_at is null
			               and r.erased_at is null) as consent_missing,
			       (select r.full_name from resident r where r.household_id = h.id
			        order by %s, r.birth_year, r.full_name, r.id limit 1) as head_name
			from household h join admin_unit u on u.id = h.unit_id
			""".formatted(HouseholdRepository.RELATION_ORDER);

	/**
	 * Covered now: {@code covered_from} is this month or earlier (Vietnam time). The one
	 * comparison every list, filter and order uses, with {@code :month} from {@link #thisMonth()}.
	 */
	private static final String COVERED_NOW = "coalesce(h.covered_from <= cast(:month as date), false)";

	private final JdbcClient jdbc;

	private final Clock clock;

	HouseholdRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The first day of the current month in Vietnam. */
	public LocalDate thisMonth() {
		return LocalDate.now(clock).withDayOfMonth(1);
	}

	public Optional<Household> find(UUID id) {
		return jdbc.sql(HOUSEHOLD_SELECT + " where h.id = :id").param("id", id).query(this::mapHousehold).optional();
	}

	public List<Household> list(@Nullable String scopePath, @Nullable String unitPath, HouseholdFilter filter,
			LocalDate today, int offset, int limit) {
		return jdbc.sql(HOUSEHOLD_SELECT + where() + " order by u.name_folded, h.code offset :offset limit :limit")
			.params(params(scopePath, unitPath, filter, today)).param("offset", offset).param("limit", limit)
			.query(this::mapHousehold).list();
	}

	public long count(@Nullable String scopePath, @Nullable String unitPath, HouseholdFilter filter, LocalDate today) {
		return jdbc.sql("select count(*) from household h join admin_unit u on u.id = h.unit_id " + where())
			.params(params(scopePath, unitPath, filter, today)).query(Long.class).single();
	}

	/** Not covered first, never visited first, then the longest unvisited. */
	public List<Household> toVisit(String scopePath, int limit) {
		return toVisit(scopePath, ToVisitFilter.NONE, 0, limit);
	}

	/** A page of "Hộ cần thăm" under {@code scopePath}, in the order of need of {@link #toVisit(String, int)}. */
	public List<Household> toVisit(String scopePath, ToVisitFilter filter, int offset, int limit) {
		return jdbc.sql(HOUSEHOLD_SELECT + toVisitWhere() + """
				order by %s, h.last_visit_on nulls first, u.name_folded, h.code offset :offset limit :limit
				""".formatted(COVERED_NOW)).params(toVisitParams(scopePath, filter)).param("offset", offset)
			.param("limit", limit).query(this::mapHousehold).list();
	}

	public long countToVisit(String scopePath, ToVisitFilter filter) {
		return jdbc.sql("select count(*) from household h " + toVisitWhere())
			.params(toVisitParams(scopePath, filter)).query(Long.class).single();
	}

	/** The hamlets under {@code scopePath} that hold households, for the filter of "Hộ cần thăm". */
	public List<HamletChoice> unitsWithHouseholds(String scopePath) {
		return jdbc.sql("""
				select u.id, u.name from admin_unit u
				where u.id in (select distinct h.unit_id from household h where h.unit_path <@ cast(:scope as ltree))
				order by u.name_folded, u.id
				""").param("scope", scopePath).query((rs, n) -> new HamletChoice(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	private static String toVisitWhere() {
		return """
				where h.unit_path <@ cast(:scope as ltree)
				  and (cast(:unit as bigint) is null or h.unit_id = cast(:unit as bigint))
				  and (not :notCovered or not %s)
				  and (not :neverVisited or h.last_visit_on is null)
				  and (cast(:q as text) is null or lower(h.code) like cast(:q as text) or %s like cast(:q as text)
				       or exists (select 1 from resident r where r.household_id = h.id and r.name_folded like cast(:q as text)))
				""".formatted(COVERED_NOW, SqlFold.of("h.address"));
	}

	private Map<String, Object> toVisitParams(String scopePath, ToVisitFilter filter) {
		var map = new java.util.HashMap<String, Object>();
		map.put("month", thisMonth());
		map.put("scope", scopePath);
		map.put("unit", filter.unitId());
		map.put("notCovered", filter.notCovered());
		map.put("neverVisited", filter.neverVisited());
		map.put("q", filter.q() == null || filter.q().isBlank() ? null : SearchText.containing(filter.q()));
		SqlFold.bind(map);
		return map;
	}

	/** Households under a path in id order, after {@code after}: keyset pages of a working set. */
	public List<Household> listUnderPath(String path, @Nullable UUID after, int limit) {
		return jdbc.sql(HOUSEHOLD_SELECT + """
				where h.unit_path <@ cast(:path as ltree) and (cast(:after as uuid) is null or h.id > cast(:after as uuid))
				order by h.id limit :limit
				""").param("path", path).param("after", after).param("limit", limit).query(this::mapHousehold).list();
	}

	public List<Household> listByIds(List<UUID> ids) {
		return jdbc.sql(HOUSEHOLD_SELECT + " where h.id = any(cast(:ids as uuid[])) order by h.id")
			.param("ids", ids.toArray(UUID[]::new)).query(this::mapHousehold).list();
	}

	public List<StoredResident> residentsOf(List<UUID> householdIds) {
		return jdbc.sql("select * from resident where household_id = any(cast(:ids as uuid[])) order by household_id,"
				+ " array_position(array['HEAD','SPOUSE','PARENT','CHILD','GRANDPARENT','GRANDCHILD','SIBLING','OTHER'],"
				+ " relation::text), birth_year, full_name, id")
			.param("ids", householdIds.toArray(UUID[]::new)).query(this::mapResident).list();
	}

	/** @return false when a resident with this id exists already (then nothing is written) */
	/**
	 * Adds a resident unless its id exists. Its registration date: the household's when it is added
	 * on the day the household was entered (the register being typed in), else {@code today}, the
	 * day a newcomer is added.
	 */
	public boolean insertResidentIfAbsent(UUID id, UUID householdId, String fullName, @Nullable LocalDate birthDate,
			int birthYear, Sex sex, Relation relation, @Nullable String phone, byte @Nullable [] cccdCipher,
			byte @Nullable [] cccdHash, @Nullable ConsentMethod consent, @Nullable String consentBy, LocalDate today) {
		return jdbc.sql("""
				insert into resident (id, province_code, household_id, full_name, name_folded, birth_date, birth_year, sex,
				                      relation, phone, cccd_cipher, cccd_hash, consent_at, consent_method, consent_by,
				                      registered_on)
				select ?, h.province_code, h.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?, ?,
				       case when (h.created_at at time zone 'Asia/Ho_Chi_Minh')::date = ? then h.registered_on else ? end
				from household h where h.id = ?
				on conflict (province_code, id) do nothing
				""")
			.params(id, fullName, SearchText.fold(fullName), birthDate, birthYear, sex.name(),
					relation.name(), phone, cccdCipher, cccdHash, consent != null,
					consent == null ? null : consent.name(), consent == null ? null : consentBy, today, today, householdId)
			.update() == 1;
	}

	private static String where() {
		return """
				where (cast(:scope as ltree) is null or h.unit_path <@ cast(:scope as ltree))
				  and (cast(:unit as ltree) is null or h.unit_path <@ cast(:unit as ltree))
				  and (cast(:covered as boolean) is null or %s = cast(:covered as boolean))
				  and (cast(:visitedBefore as date) is null or h.last_visit_on is null
				       or h.last_visit_on < cast(:visitedBefore as date))
				  and (not :missingConsent or exists (select 1 from resident r where r.household_id = h.id
				       and r.consent_at is null and r.erased_at is null))
				  and (cast(:q as text) is null or h.code ilike cast(:q as text) or exists (select 1 from resident r
				       where r.household_id = h.id and r.name_folded like cast(:q as text)))
				""".formatted(COVERED_NOW);
	}

	private Map<String, Object> params(@Nullable String scopePath, @Nullable String unitPath,
			HouseholdFilter filter, LocalDate today) {
		var map = new java.util.HashMap<String, Object>();
		map.put("month", thisMonth());
		map.put("scope", scopePath);
		map.put("unit", unitPath);
		map.put("covered", filter.covered());
		map.put("visitedBefore", filter.notVisitedDays() == null ? null : today.minusDays(filter.notVisitedDays()));
		map.put("missingConsent", filter.missingConsent());
		map.put("q", filter.q() == null || filter.q().isBlank() ? null : SearchText.containing(filter.q()));
		return map;
	}

	public boolean codeTaken(long communeId, String code) {
		return jdbc.sql("select exists(select 1 from household where commune_id = ? and lower(code) = lower(?))")
			.params(communeId, code).query(Boolean.class).single();
	}

	public void insertHousehold(UUID id, long unitId, long communeId, String unitPath, String provinceCode, String code,
			String address, LocalDate registeredOn) {
		jdbc.sql("""
				insert into household (id, unit_id, commune_id, unit_path, province_code, code, address, registered_on)
				values (?, ?, ?, ?::ltree, ?, ?, ?, ?)
				""").params(id, unitId, communeId, unitPath, provinceCode, code, address, registeredOn).update();
	}

	public boolean cccdTaken(byte[] hash) {
		return jdbc.sql("select exists(select 1 from resident where cccd_hash = ?)").param(hash).query(Boolean.class)
			.single();
	}

	public List<StoredResident> residents(UUID householdId) {
		return jdbc.sql("select * from resident where household_id = ? order by array_position(array['HEAD','SPOUSE',"
				+ "'PARENT','CHILD','GRANDPARENT','GRANDCHILD','SIBLING','OTHER'], relation::text), birth_year, full_name, id")
			.param(householdId).query(this::mapResident).list();
	}

	public Optional<StoredResident> resident(UUID id) {
		return jdbc.sql("select * from resident where id = ?").param(id).query(this::mapResident).optional();
	}

	public Map<UUID, Map<ReadinessItem, ReadinessMark>> profiles(UUID householdId) {
		Map<UUID, Map<ReadinessItem, ReadinessMark>> result = new java.util.HashMap<>();
		jdbc.sql("""
				select x.* from readiness x join resident r on r.id = x.resident_id where r.household_id = ?
				""").param(householdId).query(rs -> {
			var mark = new ReadinessMark(ReadinessItem.valueOf(rs.getString("item")),
					rs.getObject("since", LocalDate.class), rs.getString("recorded_by"),
					rs.getObject("visit_id", UUID.class));
			result.computeIfAbsent(rs.getObject("resident_id", UUID.class), k -> new EnumMap<>(ReadinessItem.class))
				.put(mark.item(), mark);
		});
		return result;
	}

	public List<ReadinessEvent> history(UUID householdId) {
		return jdbc.sql("""
				select e.*, r.full_name from readiness_event e join resident r on r.id = e.resident_id
				where r.household_id = ? order by e.on_date desc, e.id desc
				""").param(householdId)
			.query((rs, n) -> new ReadinessEvent(rs.getObject("resident_id", UUID.class), rs.getString("full_name"),
					ReadinessItem.valueOf(rs.getString("item")), rs.getObject("on_date", LocalDate.class),
					rs.getString("recorded_by"), rs.getObject("visit_id", UUID.class),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * Records an item reached on a day: always appended to the history; the profile keeps the
	 * earliest day, so a late or repeated recording never moves an item back or forth.
	 * @return true if the item is new for this resident
	 */
	public boolean recordReadiness(UUID residentId, ReadinessItem item, LocalDate on, String by, @Nullable UUID visitId) {
		jdbc.sql("""
				insert into readiness_event (province_code, resident_id, item, on_date, recorded_by, visit_id)
				select r.province_code, r.id, ?, ?, ?, ? from resident r where r.id = ?
				""").params(item.name(), on, by, visitId, residentId).update();
		int inserted = jdbc.sql("""
				insert into readiness (province_code, resident_id, item, since, recorded_by, visit_id)
				select r.province_code, r.id, ?, ?, ?, ? from resident r where r.id = ?
				on conflict (province_code, resident_id, item) do nothing
				""").params(item.name(), on, by, visitId, residentId).update();
		if (inserted == 0) {
			jdbc.sql("""
					update readiness set since = ?, recorded_by = ?, visit_id = ?, disputed = false
					where resident_id = ? and item = ? and (since > ? or disputed)
					""").params(on, by, visitId, residentId, item.name(), on).update();
		}
		return inserted == 1;
	}

	/**
	 * A visit's outcomes in two statements whatever their number: every one into the history, and
	 * the profile moved to the earliest date (whether the household is covered follows from it,
	 * see {@link CoveredMonths}). Same rules as {@link #recordReadiness}; the pairs must be distinct.
	 */
	/**
	 * Marks (or clears) the profile items a visit set as disputed: a disputed item counts in no
	 * figure. A later undisputed recording of the item takes the row over (see above).
	 */
	public void disputeReadinessOf(UUID visitId, boolean disputed) {
		jdbc.sql("update readiness set disputed = ? where visit_id = ?").params(disputed, visitId).update();
	}

	public void recordReadiness(List<UUID> residents, List<ReadinessItem> items, LocalDate on, String by, UUID visitId) {
		if (residents.isEmpty()) {
			return;
		}
		var ids = new org.springframework.jdbc.support.SqlArrayValue("uuid", residents.toArray());
		var names = new org.springframework.jdbc.support.SqlArrayValue("text", items.stream().map(Enum::name).toArray());
		jdbc.sql("""
				insert into readiness_event (province_code, resident_id, item, on_date, recorded_by, visit_id)
				select r.province_code, t.r, t.i, :on, :by, :visit from unnest(:ids, :items) t(r, i)
				join resident r on r.id = t.r
				""").param("ids", ids).param("items", names).param("on", on).param("by", by).param("visit", visitId).update();
		jdbc.sql("""
				insert into readiness (province_code, resident_id, item, since, recorded_by, visit_id)
				select r.province_code, t.r, t.i, :on, :by, :visit from unnest(:ids, :items) t(r, i)
				join resident r on r.id = t.r
				on conflict (province_code, resident_id, item) do update
				set since = excluded.since, recorded_by = excluded.recorded_by, visit_id = excluded.visit_id, disputed = false
				where readiness.since > excluded.since or readiness.disputed
				""").param("ids", ids).param("items", names).param("on", on).param("by", by).param("visit", visitId).update();
	}

	/** Residents by id, only those of this household. */
	public List<StoredResident> residentsAmong(UUID householdId, java.util.Collection<UUID> ids) {
		return jdbc.sql("select * from resident where household_id = :household and id = any(:ids)")
			.param("household", householdId)
			.param("ids", new org.springframework.jdbc.support.SqlArrayValue("uuid", ids.toArray()))
			.query(this::mapResident).list();
	}

	public void markVisited(UUID householdId, LocalDate on) {
		jdbc.sql("update household set last_visit_on = greatest(coalesce(last_visit_on, ?), ?) where id = ?")
			.params(on, on, householdId).update();
	}

	public void recordConsent(UUID residentId, ConsentMethod method, String by) {
		jdbc.sql("update resident set consent_at = now(), consent_method = ?, consent_by = ?, updated_at = now()"
				+ " where id = ? and erased_at is null").params(method.name(), by, residentId).update();
	}

	/**
	 * Keeps initials, birth year, sex, relation and the profile; drops what identifies the person.
	 * Two keyed hashes stay so that an import recognises the person: the citizen ID's (moved out of
	 * {@code cccd_hash}, whose unique index would keep the number from anyone else) and
	 * {@code personMarker}, of the household, name and birth year.
	 */
	public void erase(UUID residentId, String initials, byte[] personMarker) {
		jdbc.sql("""
				update resident set full_name = ?, name_folded = ?, birth_date = null, phone = null, cccd_cipher = null,
				       erased_cccd_hash = coalesce(cccd_hash, erased_cccd_hash), erased_person_hash = ?,
				       cccd_hash = null, consent_at = null, consent_method = null, consent_by = null, erased_at = now(),
				       updated_at = now()
				where id = ?
				""").params(initials, SearchText.fold(initials), personMarker, residentId).update();
		// the edits' history held the old names and phones: they go too
		jdbc.sql("update resident_edit set value = null, previous = null where resident_id = ?").param(residentId).update();
	}

	private Household mapHousehold(ResultSet rs, int row) throws SQLException {
		LocalDate coveredFrom = rs.getObject("covered_from", LocalDate.class);
		return new Household(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("province_code"), rs.getString("code"), rs.getString("address"),
				coveredFrom != null && !coveredFrom.isAfter(thisMonth()), coveredFrom,
				rs.getObject("last_visit_on", LocalDate.class), rs.getObject("registered_on", LocalDate.class),
				rs.getInt("residents"), rs.getBoolean("consent_missing"), rs.getString("head_name"));
	}

	private StoredResident mapResident(ResultSet rs, int row) throws SQLException {
		Timestamp consent = rs.getTimestamp("consent_at");
		String method = rs.getString("consent_method");
		return new StoredResident(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class), rs.getInt("birth_year"),
				Sex.valueOf(rs.getString("sex")), Relation.valueOf(rs.getString("relation")), rs.getString("phone"),
				rs.getBytes("cccd_cipher"), consent == null ? null : consent.toInstant(),
				method == null ? null : ConsentMethod.valueOf(method), rs.getString("consent_by"),
				rs.getTimestamp("erased_at") != null);
	}

}
