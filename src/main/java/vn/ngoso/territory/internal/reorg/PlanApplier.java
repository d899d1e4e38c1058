package vn.ngoso.territory.internal.reorg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.SearchText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Reorganisation;
import vn.ngoso.territory.Reorganisation.HamletMove;
import vn.ngoso.territory.ReorganisationStep;
import vn.ngoso.territory.internal.UnitRepository;
import vn.ngoso.territory.internal.reorg.CheckedPlan.Move;

/**
 * Writes a checked plan, inside the caller's transaction: opens the new units that are not
 * loaded yet (after closing the old ones), moves each hamlet in place under its new commune (so every record keyed by the
 * hamlet stays attached), lets every cached path follow, closes the old units the day before
 * and keeps the lineage. Other modules do their part through {@link ReorganisationStep}s.
 */
@Component
class PlanApplier {

	private final JdbcClient jdbc;

	private final UnitRepository units;

	private final TreeReads tree;

	private final CachedPaths cachedPaths;

	private final ObjectProvider<ReorganisationStep> steps;

	PlanApplier(JdbcClient jdbc, UnitRepository units, TreeReads tree, CachedPaths cachedPaths,
			ObjectProvider<ReorganisationStep> steps) {
		this.jdbc = jdbc;
		this.units = units;
		this.tree = tree;
		this.cachedPaths = cachedPaths;
		this.steps = steps;
	}

	record Applied(Reorganisation reorganisation, List<String> notes, int codesPrefixed) {
	}

	Applied apply(CheckedPlan plan, String actor) {
		long id = jdbc.sql("insert into reorganisation (effective, applied_by, summary) values (?, ?, '{}'::jsonb) returning id")
			.params(plan.effective(), actor).query(Long.class).single();
		List<Long> closed = plan.closing().stream().map(AdminUnit::id).toList();
		// closed first: a new version may keep its old name under the same parent (names are unique among open siblings)
		jdbc.sql("update admin_unit set valid_to = :day where id in (:ids)").param("day", plan.effective().minusDays(1))
			.param("ids", closed.isEmpty() ? List.of(-1L) : closed).update();
		Map<String, AdminUnit> newUnits = openNewUnits(plan);
		List<HamletMove> moves = plan.moves().stream().map(m -> {
			AdminUnit to = newUnits.get(m.toCode());
			return new HamletMove(m.hamlet().id(), m.from().id(), to.id(), m.hamlet().path(), to.path() + "." + m.hamlet().id());
		}).toList();
		Reorganisation reorganisation = new Reorganisation(id, plan.effective(), moves,
				closed, successors(plan, newUnits), rootPaths(plan, newUnits));
		steps.orderedStream().forEach(step -> step.before(reorganisation));
		moveHamlets(id, plan, newUnits);
		int prefixed = moves.isEmpty() ? 0 : cachedPaths.follow(moves);
		plan.targets().forEach((old, codes) -> codes.forEach(code -> jdbc.sql(
				"insert into unit_lineage (reorganisation_id, old_unit_id, new_unit_id, kind) values (?, ?, ?, ?)")
			.params(id, old.id(), newUnits.get(code).id(), plan.partial().get(old) ? "PARTIAL" : "FULL").update()));
		List<String> notes = new ArrayList<>();
		steps.orderedStream().forEach(step -> notes.addAll(step.after(reorganisation)));
		return new Applied(reorganisation, notes, prefixed);
	}

	/** New units already loaded (a shipped list) are used as they are; the others are created. */
	private Map<String, AdminUnit> openNewUnits(CheckedPlan plan) {
		Map<String, AdminUnit> byCode = new HashMap<>(plan.loaded());
		for (PlanFiles.UnitRow row : plan.newUnits()) {
			if (!byCode.containsKey(row.code())) {
				AdminUnit parent = row.parentCode().isEmpty() ? null : byCode.get(row.parentCode());
				String province = parent == null ? row.code() : parent.provinceCode();
				byCode.put(row.code(), units.insert(row.code(), row.name(), row.type(), parent, province, plan.effective(),
						"REORGANISATION"));
			}
		}
		return byCode;
	}

	private void moveHamlets(long id, CheckedPlan plan, Map<String, AdminUnit> newUnits) {
		for (Move m : plan.moves()) {
			AdminUnit to = newUnits.get(m.toCode());
			String path = to.path() + "." + m.hamlet().id();
			jdbc.sql("""
					update admin_unit set parent_id = ?, path = ?::ltree, name = ?, name_folded = ?, province_code = ?
					where id = ?
					""").params(to.id(), path, m.newName(), SearchText.fold(m.newName()), to.provinceCode(), m.hamlet().id())
				.update();
			jdbc.sql("""
					insert into unit_move (reorganisation_id, unit_id, moved_on, from_parent_id, to_parent_id, from_path,
					                       to_path, from_name, to_name)
					values (?, ?, ?, ?, ?, ?::ltree, ?::ltree, ?, ?)
					""").params(id, m.hamlet().id(), plan.effective(), m.from().id(), to.id(), m.hamlet().path(), path,
					m.hamlet().name(), m.newName()).update();
		}
	}

	/**
	 * The one new unit of the same level that took all of a closed unit: a commune merged whole,
	 * a province whose communes all went into one new province. A district has none.
	 */
	private Map<Long, Long> successors(CheckedPlan plan, Map<String, AdminUnit> newUnits) {
		Map<Long, Long> successors = new HashMap<>();
		Map<Long, AdminUnit> newAncestors = new HashMap<>();
		Set<Long> ancestorIds = newUnits.values().stream().flatMap(u -> ids(u.path()).stream()).collect(Collectors.toSet());
		tree.byIds(ancestorIds).forEach(u -> newAncestors.put(u.id(), u));
		for (AdminUnit closed : plan.closing()) {
			Set<Long> candidates = new LinkedHashSet<>();
			plan.targets().forEach((old, codes) -> {
				if (old.path().equals(closed.path()) || old.path().startsWith(closed.path() + ".")) {
					if (old.equals(closed) && plan.partial().get(old)) {
						candidates.add(-1L);
					}
					codes.forEach(code -> ids(newUnits.get(code).path()).stream().map(newAncestors::get)
						.filter(a -> a != null && a.level() == closed.level()).forEach(a -> candidates.add(a.id())));
				}
			});
			if (candidates.size() == 1 && !candidates.contains(-1L)) {
				successors.put(closed.id(), candidates.iterator().next());
			}
		}
		return successors;
	}

	private static List<String> rootPaths(CheckedPlan plan, Map<String, AdminUnit> newUnits) {
		Set<String> roots = new LinkedHashSet<>();
		plan.targets().keySet().forEach(u -> roots.add(u.path().split("\\.")[0]));
		plan.targets().values().forEach(codes -> codes.forEach(c -> roots.add(newUnits.get(c).path().split("\\.")[0])));
		return List.copyOf(roots);
	}

	private static List<Long> ids(String path) {
		List<Long> ids = new ArrayList<>();
		for (String id : path.split("\\.")) {
			ids.add(Long.parseLong(id));
		}
		return ids;
	}
}
