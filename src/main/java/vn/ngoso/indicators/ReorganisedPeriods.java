package vn.ngoso.indicators;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.indicators.SummaryReport.Note;
import vn.ngoso.territory.AdminUnit;

/**
 * Says how a report's figures read across a reorganisation. A closed unit's report is the old
 * tree (its hamlets' rows before they moved). A unit formed by a reorganisation, asked about
 * months before it existed, shows the comparable view: the moved hamlets' own records
 * re-projected onto it, exact; only what was recorded at an old unit itself (a split commune's
 * or a province's own records and agency figures) cannot follow, and the note names those units.
 */
@Component
class ReorganisedPeriods {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final TrackedFigures figures;

	ReorganisedPeriods(JdbcClient jdbc, TrackedFigures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	List<Note> notes(AdminUnit unit, Period period) {
		List<Note> notes = new ArrayList<>();
		if (unit.validTo() != null && movedOut(unit)) {
			notes.add(new Note("report.reorg.oldTree", List.of(DAY.format(unit.validTo().plusDays(1)))));
		}
		if (unit.validFrom().isAfter(period.firstDay()) && movedIn(unit)) {
			notes.add(new Note("report.reorg.comparable", List.of(DAY.format(unit.validFrom()))));
			List<String> partly = leftBehind(unit);
			if (!partly.isEmpty()) {
				notes.add(new Note("report.reorg.partial", List.of(String.join(", ", partly))));
			}
		}
		return notes;
	}

	private boolean movedOut(AdminUnit unit) {
		return jdbc.sql("select exists(select 1 from unit_move where from_path <@ ?::ltree)").param(unit.path())
			.query(Boolean.class).single();
	}

	private boolean movedIn(AdminUnit unit) {
		return jdbc.sql("select exists(select 1 from unit_move where to_path <@ ?::ltree)").param(unit.path())
			.query(Boolean.class).single();
	}

	/**
	 * Closed units above the moved-in hamlets' old places that kept figures or approved values of
	 * their own, of the unit's kind or below: a new commune's comparable view never held the old
	 * province's own records (its service centre's days, say), so those are not "left behind".
	 */
	private List<String> leftBehind(AdminUnit unit) {
		record Old(long id, String name, boolean approved) {
		}
		List<Old> old = jdbc.sql("""
				with old as (
				    select distinct o.id, o.name, o.level from unit_move m
				    join admin_unit o on o.path @> m.from_path and o.id <> m.unit_id and o.valid_to is not null
				    where m.to_path <@ ?::ltree and o.level >= ?)
				select o.id, o.name,
				       exists (select 1 from reported_value r where r.unit_id = o.id and r.status = 'APPROVED') as approved
				from old o order by o.level, o.name
				""").params(unit.path(), unit.level())
			.query((rs, n) -> new Old(rs.getLong("id"), rs.getString("name"), rs.getBoolean("approved"))).list();
		Set<Long> withFigures = figures.withFigures(old.stream().map(Old::id).toList());
		return old.stream().filter(o -> o.approved() || withFigures.contains(o.id())).map(Old::name).toList();
	}

}
