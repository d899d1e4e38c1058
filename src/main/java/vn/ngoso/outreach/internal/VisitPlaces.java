package vn.ngoso.outreach.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.households.HouseholdMoved;

/**
 * A visit counts in the hamlet its household was in on the visit's day. A move recorded after
 * visits dated after its day places those visits in the new hamlet (the team that made them stays
 * theirs); visits before the move's day never change, and a visit on the move's day itself keeps
 * the hamlet it was recorded in (recorded before the move: the old one). Runs in the move's
 * transaction.
 */
@Component
class VisitPlaces {

	private final JdbcClient jdbc;

	VisitPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(HouseholdMoved moved) {
		jdbc.sql("""
				update visit set unit_id = :to, unit_path = cast(:path as ltree)
				where household_id = :household and visited_on > :day and unit_id = :from
				""").param("to", moved.toUnitId()).param("path", moved.toPath()).param("household", moved.householdId())
			.param("day", moved.movedOn()).param("from", moved.fromUnitId()).update();
	}
}
