package vn.ngoso.accounts.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.Reorganisation;
import vn.ngoso.territory.ReorganisationStep;

/**
 * Users whose scope unit a reorganisation closed: moved to the unit's one successor (a commune
 * merged whole, a province into a province), otherwise left for an administrator — an account
 * on a closed unit cannot sign in, so it sees nothing until it is given a new scope.
 */
@Component
class ScopesAfterReorganisation implements ReorganisationStep {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ScopesAfterReorganisation(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public List<String> after(Reorganisation reorganisation) {
		for (Map.Entry<Long, Long> move : reorganisation.successors().entrySet()) {
			jdbc.sql("""
					select a.id, a.username, n.path::text from app_user a join admin_unit n on n.id = :to
					where a.unit_id = :from and a.team_id is null
					""").param("from", move.getKey()).param("to", move.getValue())
				.query((rs, n) -> {
					events.publishEvent(Audited.updated("USER", rs.getLong(1), rs.getString(3),
							Map.of("unitId", move.getKey()), Map.of("unitId", move.getValue(), "reason", "REORGANISATION")));
					return null;
				}).list();
			jdbc.sql("update app_user set unit_id = ? where unit_id = ? and team_id is null")
				.params(move.getValue(), move.getKey()).update();
		}
		if (reorganisation.closedUnits().isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.username || ' (' || u.name || ')' from app_user a join admin_unit u on u.id = a.unit_id
				where a.unit_id in (:closed) order by a.username
				""").param("closed", reorganisation.closedUnits()).query(String.class).list();
	}
}
