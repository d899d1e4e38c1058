package vn.ngoso.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.Teams;

/**
 * Units whose team has done nothing for 30 days, read from the live VISITS figure: no visit in
 * the months the last 30 days touch, or none recorded since 30 days ago (the figure's last change).
 */
@Service
@Transactional(readOnly = true)
public class ActivityWatch {

	public static final int QUIET_DAYS = 30;

	private final Teams teams;

	private final TrackedFigures figures;

	private final Clock clock;

	ActivityWatch(Teams teams, TrackedFigures figures, Clock clock) {
		this.teams = teams;
		this.figures = figures;
		this.clock = clock;
	}

	public List<InactiveUnit> inactiveUnits() {
		LocalDate today = LocalDate.now(clock);
		List<Team> all = teams.teams(new TeamFilter(null, false, null), 0, 5000).items();
		Period window = new Period(YearMonth.from(today.minusDays(QUIET_DAYS)), YearMonth.from(today));
		Map<Long, Map<String, FigureValue>> byUnit = figures.of(all.stream().map(Team::unitId).toList(), window);
		Instant since = clock.instant().minusSeconds(QUIET_DAYS * 86_400L);
		return all.stream().filter(t -> quiet(byUnit.get(t.unitId()).get(Indicators.VISITS), since))
			.map(t -> new InactiveUnit(t.unitId(), t.unitCode(), t.unitName(), t.parentName(), t.name()))
			.toList();
	}

	private static boolean quiet(FigureValue visits, Instant since) {
		return visits.value() == null || visits.value().signum() == 0
				|| visits.changedAt() != null && visits.changedAt().isBefore(since);
	}
}
