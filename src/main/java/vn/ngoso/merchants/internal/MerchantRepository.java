package vn.ngoso.merchants.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import vn.ngoso.merchants.Merchant;
import vn.ngoso.merchants.MerchantFilter;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.merchants.PublicMerchant;
import vn.ngoso.platform.SearchText;

@Repository
public class MerchantRepository {

	private static final String SELECT = """
			select m.*, u.code as unit_code, u.name as unit_name, t.name as team_name, k.name as market_name
			from merchant m join admin_unit u on u.id = m.unit_id
			left join team t on t.id = m.team_id left join merchant k on k.id = m.market_id
			""";

	private final JdbcClient jdbc;

	MerchantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Merchant> find(UUID id) {
		return jdbc.sql(SELECT + " where m.id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	public List<Merchant> list(@Nullable String scopePath, @Nullable String unitPath, MerchantFilter filter, int offset,
			int limit) {
		Where where = where(scopePath, unitPath, filter);
		return jdbc.sql(SELECT + " where " + where.sql + " order by u.path, m.kind, m.name_folded, m.id offset :offset limit :limit")
			.params(where.params).param("offset", offset).param("limit", limit).query((rs, n) -> map(rs)).list();
	}

	public long count(@Nullable String scopePath, @Nullable String unitPath, MerchantFilter filter) {
		Where where = where(scopePath, unitPath, filter);
		return jdbc.sql("select count(*) from merchant m where " + where.sql).params(where.params).query(Long.class).single();
	}

	/** Markets inside a subtree (all for null), for choosing a stall's market. */
	public List<Merchant> markets(@Nullable String scopePath) {
		return jdbc.sql(SELECT + " where m.kind = 'MARKET' and (cast(:scope as ltree) is null or m.unit_path <@ cast(:scope as ltree))"
				+ " order by u.path, m.name_folded limit 2000").param("scope", scopePath).query((rs, n) -> map(rs)).list();
	}

	/** Markets under a unit's path whose name, without diacritics, is this one. */
	public List<UUID> marketsNamed(String path, String name) {
		return jdbc.sql("select id from merchant where kind = 'MARKET' and unit_path <@ cast(? as ltree) and name_folded = ?")
			.params(path, SearchText.fold(name)).query(UUID.class).list();
	}

	public List<UUID> stallsOf(UUID marketId) {
		return jdbc.sql("select id from merchant where market_id = ?").param(marketId).query(UUID.class).list();
	}

	/** Whether a point of this kind and name (diacritics ignored) is already stored in the unit. */
	public boolean exists(MerchantKind kind, String name, long unitId) {
		return jdbc.sql("select exists(select 1 from merchant where kind = ? and name_folded = ? and unit_id = ?)")
			.params(kind.name(), SearchText.fold(name), unitId).query(Boolean.class).single();
	}

	public boolean hasStalls(UUID marketId) {
		return jdbc.sql("select exists(select 1 from merchant where market_id = ?)").param(marketId).query(Boolean.class)
			.single();
	}

	public void insert(MerchantRules.Valid v, String by) {
		jdbc.sql("""
				insert into merchant (id, kind, name, name_folded, address, unit_id, unit_path, province_code, latitude,
				                      longitude, methods, started_on, team_id, market_id, created_by)
				values (:id, :kind, :name, :folded, :address, :unit, cast(:path as ltree), :province, :lat, :lon, :methods,
				        :started, :team, :market, :by)
				""").params(params(v)).param("by", by).update();
	}

	public void update(MerchantRules.Valid v) {
		jdbc.sql("""
				update merchant set kind = :kind, name = :name, name_folded = :folded, address = :address, unit_id = :unit,
				       unit_path = cast(:path as ltree), province_code = :province, latitude = :lat, longitude = :lon,
				       methods = :methods, started_on = :started, team_id = :team, market_id = :market, updated_at = now()
				where id = :id
				""").params(params(v)).update();
		// stalls follow their market when it moves
		jdbc.sql("update merchant set unit_id = :unit, unit_path = cast(:path as ltree), province_code = :province,"
				+ " updated_at = now() where market_id = :id and unit_id <> :unit").params(params(v)).update();
	}

	/** Every point under a unit's path, public fields only. */
	public List<PublicMerchant> publicUnder(String path, int limit) {
		return jdbc.sql("""
				select m.name, m.kind, m.address, u.name as unit_name, k.name as market_name, m.methods, m.latitude, m.longitude
				from merchant m join admin_unit u on u.id = m.unit_id left join merchant k on k.id = m.market_id
				where m.unit_path <@ cast(? as ltree)
				order by u.path, m.kind, m.name_folded limit ?
				""").params(path, limit).query((rs, n) -> new PublicMerchant(rs.getString("name"),
						MerchantKind.valueOf(rs.getString("kind")), rs.getString("address"), rs.getString("unit_name"),
						rs.getString("market_name"), methods(rs.getArray("methods")), rs.getBigDecimal("latitude"),
						rs.getBigDecimal("longitude")))
			.list();
	}

	private static Map<String, Object> params(MerchantRules.Valid v) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", v.id());
		p.put("kind", v.kind().name());
		p.put("name", v.name());
		p.put("folded", SearchText.fold(v.name()));
		p.put("address", v.address());
		p.put("unit", v.unit().id());
		p.put("path", v.unit().path());
		p.put("province", v.unit().provinceCode());
		p.put("lat", v.latitude());
		p.put("lon", v.longitude());
		p.put("methods", new SqlArrayValue("varchar", v.methods().stream().map(Enum::name).toArray()));
		p.put("started", v.startedOn());
		p.put("team", v.teamId());
		p.put("market", v.marketId());
		return p;
	}

	private record Where(String sql, Map<String, Object> params) {

		Where and(String condition, String name, Object value) {
			Map<String, Object> p = new HashMap<>(params);
			p.put(name, value);
			return new Where(sql + " and " + condition, p);
		}
	}

	private static Where where(@Nullable String scopePath, @Nullable String unitPath, MerchantFilter filter) {
		Where where = new Where("true", Map.of());
		if (scopePath != null) {
			where = where.and("m.unit_path <@ cast(:scope as ltree)", "scope", scopePath);
		}
		if (unitPath != null) {
			where = where.and("m.unit_path <@ cast(:unit as ltree)", "unit", unitPath);
		}
		if (filter.kind() != null) {
			where = where.and("m.kind = :kind", "kind", filter.kind().name());
		}
		if (filter.method() != null) {
			where = where.and(":method = any(m.methods)", "method", filter.method().name());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where = where.and("m.name_folded like :q", "q", SearchText.containing(filter.q()));
		}
		return where;
	}

	private static Merchant map(ResultSet rs) throws SQLException {
		return new Merchant(rs.getObject("id", UUID.class), MerchantKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("address"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
				rs.getString("unit_path"),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), methods(rs.getArray("methods")),
				rs.getObject("started_on", java.time.LocalDate.class), rs.getObject("team_id", Long.class),
				rs.getString("team_name"), rs.getObject("market_id", UUID.class), rs.getString("market_name"));
	}

	private static List<PaymentMethod> methods(Array array) throws SQLException {
		List<PaymentMethod> methods = new ArrayList<>();
		Arrays.stream((Object[]) array.getArray()).forEach(m -> methods.add(PaymentMethod.valueOf((String) m)));
		return methods;
	}
}
