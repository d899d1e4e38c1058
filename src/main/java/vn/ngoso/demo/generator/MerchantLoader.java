package vn.ngoso.demo.generator;

import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import vn.ngoso.platform.SearchText;

/**
 * Writes generated acceptance points straight into the merchants module's table, as the generator
 * does for households: a few hundred rows, loaded before the figures are recomputed. Points made
 * by an earlier run (entered by {@value #BY}) are replaced.
 */
public final class MerchantLoader {

	public static final String BY = "generator";

	private final JdbcClient jdbc;

	public MerchantLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int replace(List<GeneratedMerchant> points) {
		jdbc.sql("delete from merchant where created_by = ? and market_id is not null").param(BY).update();
		jdbc.sql("delete from merchant where created_by = ?").param(BY).update();
		// markets before their stalls
		points.stream().sorted(Comparator.comparing(p -> p.marketId() != null)).forEach(p -> jdbc.sql("""
				insert into merchant (id, kind, name, name_folded, address, unit_id, unit_path, province_code, methods,
				                      started_on, market_id, created_by)
				values (?, ?, ?, ?, ?, ?, cast(? as ltree), ?, ?, ?, ?, ?)
				""").params(p.id(), p.kind(), p.name(), SearchText.fold(p.name()), p.address(), p.hamlet().id(),
				p.hamlet().path(), p.hamlet().provinceCode(), new SqlArrayValue("varchar", p.methods().toArray()),
				p.startedOn(), p.marketId(), BY).update());
		return points.size();
	}
}
