package vn.ngoso.teams.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.HamletRecords;

/** The teams of each hamlet, for the preview of a reorganisation that moves hamlets. */
@Component
class TeamsPerHamlet implements HamletRecords {

	private final JdbcClient jdbc;

	TeamsPerHamlet(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "TEAMS";
	}

	@Override
	public Map<Long, Long> countByHamlet(Collection<Long> hamletIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (!hamletIds.isEmpty()) {
			jdbc.sql("select unit_id, count(*) from team where unit_id in (:ids) group by unit_id").param("ids", hamletIds)
				.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
		}
		return counts;
	}
}
