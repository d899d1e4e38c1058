package vn.ngoso.households.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.HamletRecords;

/** The households of each hamlet, for the preview of a reorganisation that moves hamlets. */
@Component
class HouseholdsPerHamlet implements HamletRecords {

	private final JdbcClient jdbc;

	HouseholdsPerHamlet(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "HOUSEHOLDS";
	}

	@Override
	public Map<Long, Long> countByHamlet(Collection<Long> hamletIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (!hamletIds.isEmpty()) {
			jdbc.sql("select unit_id, count(*) from household where unit_id in (:ids) group by unit_id").param("ids", hamletIds)
				.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
		}
		return counts;
	}
}
