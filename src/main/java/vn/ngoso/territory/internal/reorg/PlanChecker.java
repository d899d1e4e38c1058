package vn.ngoso.territory.internal.reorg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.SearchText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.internal.reorg.CheckedPlan.Move;
import vn.ngoso.territory.internal.reorg.PlanFiles.HamletRow;
import vn.ngoso.territory.internal.reorg.PlanFiles.MappingRow;
import vn.ngoso.territory.internal.reorg.PlanFiles.UnitRow;

/**
 * Resolves a plan against the tree and finds everything that stops it: unknown or already
 * closed communes, new codes missing from the units list, and above all hamlets of a split
 * commune that the plan sends nowhere. Reads only.
 */
@Component
class PlanChecker {

	private final TreeReads tree;

	private final Clock clock;

	PlanChecker(TreeReads tree, Clock clock) {
		this.tree = tree;
		this.clock = clock;
	}

	CheckedPlan check(ReorganisationPlan plan) {
		PlanFiles files = PlanFiles.read(plan);
		List<FieldError> problems = new ArrayList<>(files.problems());
		LocalDate day = plan.effective();
		if (day == null) {
			// which communes are open, and so every other check, depends on the day
			problems.add(new FieldError("effective", "reorg.effective.required"));
			return new CheckedPlan(LocalDate.now(clock), files.units(), Map.of(), Map.of(), Map.of(), List.of(), List.of(),
					problems);
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldError("effective", "reorg.effective.future"));
		}
		Map<String, UnitRow> units = units(files.units(), problems);
		Map<String, AdminUnit> loaded = new HashMap<>(tree.versionsFrom(units.keySet(), day));
		Map<AdminUnit, List<String>> targets = new LinkedHashMap<>();
		Map<AdminUnit, Boolean> partial = new LinkedHashMap<>();
		resolveMapping(files.mapping(), units, day, targets, partial, problems);
		List<AdminUnit> closing = closing(targets.keySet());
		loaded.putAll(unchanged(units.values(), loaded, closing, day, problems));
		List<Move> moves = moves(files.hamlets(), targets, partial, problems);
		moves = renamed(moves, loaded);
		return new CheckedPlan(day, files.units(), loaded, targets, partial, moves, closing, problems);
	}

	private static Map<String, UnitRow> units(List<UnitRow> rows, List<FieldError> problems) {
		Map<String, UnitRow> byCode = new LinkedHashMap<>();
		for (UnitRow row : rows) {
			if (!row.parentCode().isEmpty() && !byCode.containsKey(row.parentCode())) {
				problems.add(new FieldError("units", "reorg.units.unknownParent", row.line(), row.parentCode()));
			}
			if (byCode.putIfAbsent(row.code(), row) != null) {
				problems.add(new FieldError("units", "reorg.units.twice", row.line(), row.code()));
			}
		}
		return byCode;
	}

	/**
	 * Listed units that are in force already and stay so: a new list version repeats every unit
	 * it does not change, and those are kept as they are (same id, nothing closes). A unit in
	 * force under another name, type or parent can only change by closing with all its communes
	 * (each mapped to its new version, the code may stay): otherwise two versions would be open.
	 */
	private Map<String, AdminUnit> unchanged(Collection<UnitRow> rows, Map<String, AdminUnit> loaded,
			List<AdminUnit> closing, LocalDate day, List<FieldError> problems) {
		Set<Long> closingIds = new HashSet<>();
		closing.forEach(u -> closingIds.add(u.id()));
		List<String> codes = rows.stream().map(UnitRow::code).filter(c -> !loaded.containsKey(c)).toList();
		Map<String, TreeReads.OpenUnit> open = tree.openBefore(codes, day);
		Map<String, AdminUnit> kept = new HashMap<>();
		for (UnitRow row : rows) {
			TreeReads.OpenUnit current = open.get(row.code());
			if (current == null || closingIds.contains(current.unit().id())) {
				continue;
			}
			AdminUnit unit = current.unit();
			if (unit.name().equals(SearchText.clean(row.name())) && unit.type() == row.type()
					&& current.parentCode().equals(row.parentCode())) {
				kept.put(row.code(), unit);
			}
			else {
				problems.add(new FieldError("units", "reorg.units.changedOpen", row.line(), row.code(), unit.name()));
			}
		}
		return kept;
	}

	private void resolveMapping(List<MappingRow> rows, Map<String, UnitRow> units, LocalDate day,
			Map<AdminUnit, List<String>> targets, Map<AdminUnit, Boolean> partial, List<FieldError> problems) {
		Map<String, List<MappingRow>> byOld = new LinkedHashMap<>();
		rows.forEach(r -> byOld.computeIfAbsent(r.oldCode(), k -> new ArrayList<>()).add(r));
		byOld.forEach((oldCode, lines) -> {
			var old = tree.openCommuneBefore(oldCode, day);
			if (old.isEmpty()) {
				problems.add(new FieldError("mapping", "reorg.mapping.unknownOld", lines.get(0).line(), oldCode));
				return;
			}
			Set<String> codes = new LinkedHashSet<>();
			for (MappingRow line : lines) {
				UnitRow target = units.get(line.newCode());
				if (target == null || !target.type().isCommune()) {
					problems.add(new FieldError("mapping", "reorg.mapping.unknownNew", line.line(), line.newCode()));
				}
				codes.add(line.newCode());
			}
			boolean declaredPartial = lines.stream().anyMatch(l -> Boolean.TRUE.equals(l.partial()));
			if (codes.size() > 1 && lines.stream().anyMatch(l -> Boolean.FALSE.equals(l.partial()))) {
				problems.add(new FieldError("mapping", "reorg.mapping.fullTwice", lines.get(0).line(), oldCode));
			}
			targets.put(old.get(), List.copyOf(codes));
			partial.put(old.get(), declaredPartial || codes.size() > 1);
		});
	}

	private List<Move> moves(Map<String, HamletRow> assigned, Map<AdminUnit, List<String>> targets,
			Map<AdminUnit, Boolean> partial, List<FieldError> problems) {
		Map<Long, AdminUnit> communes = new HashMap<>();
		targets.keySet().forEach(c -> communes.put(c.id(), c));
		Map<String, AdminUnit> listed = tree.openHamletsByCode(assigned.keySet());
		for (HamletRow row : assigned.values()) {
			AdminUnit hamlet = listed.get(row.hamletCode());
			AdminUnit commune = hamlet == null ? null : communes.get(hamlet.parentId());
			if (hamlet == null) {
				problems.add(new FieldError("hamlets", "reorg.hamlets.unknownHamlet", row.line(), row.hamletCode()));
			}
			else if (commune == null) {
				problems.add(new FieldError("hamlets", "reorg.hamlets.notInPlan", row.line(), hamlet.name(), row.hamletCode()));
			}
			else if (!targets.get(commune).contains(row.communeCode())) {
				problems.add(new FieldError("hamlets", "reorg.hamlets.notATarget", row.line(), hamlet.name(),
						row.communeCode(), commune.name(), String.join(", ", targets.get(commune))));
			}
		}
		List<Move> moves = new ArrayList<>();
		for (AdminUnit hamlet : tree.openHamletsOf(communes.keySet())) {
			AdminUnit from = communes.get(hamlet.parentId());
			HamletRow row = assigned.get(hamlet.code());
			String to = row != null ? row.communeCode() : partial.get(from) ? null : targets.get(from).get(0);
			if (to == null) {
				problems.add(new FieldError("hamlets", "reorg.hamlets.unassigned", hamlet.name(), hamlet.code(), from.name()));
			}
			else {
				moves.add(new Move(hamlet, from, to, hamlet.name()));
			}
		}
		return moves;
	}

	/** Hamlets that would share a name in their new commune keep it with their old commune's name. */
	private List<Move> renamed(List<Move> moves, Map<String, AdminUnit> loaded) {
		Map<String, Map<String, Integer>> names = new HashMap<>();
		for (Move m : moves) {
			names.computeIfAbsent(m.toCode(), k -> new HashMap<>()).merge(key(m.hamlet().name()), 1, Integer::sum);
		}
		Map<String, Long> newIds = new HashMap<>();
		loaded.forEach((code, unit) -> newIds.put(code, unit.id()));
		for (AdminUnit existing : tree.openHamletsOf(newIds.values())) {
			String code = loaded.values().stream().filter(u -> u.id() == existing.parentId()).findFirst().orElseThrow().code();
			names.computeIfAbsent(code, k -> new HashMap<>()).merge(key(existing.name()), 1, Integer::sum);
		}
		return moves.stream().map(m -> names.get(m.toCode()).get(key(m.hamlet().name())) > 1
				? new Move(m.hamlet(), m.from(), m.toCode(), m.hamlet().name() + " (" + m.from().name() + ")") : m).toList();
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** The old communes, and every unit above them left with no open unit below. */
	private List<AdminUnit> closing(Set<AdminUnit> communes) {
		Set<Long> closing = new LinkedHashSet<>();
		communes.forEach(c -> closing.add(c.id()));
		Set<Long> above = new LinkedHashSet<>();
		communes.forEach(c -> above.addAll(ancestors(c.path())));
		boolean grew = true;
		while (grew) {
			grew = false;
			Map<Long, List<Long>> children = tree.openChildren(above);
			for (Long unit : above) {
				if (!closing.contains(unit) && closing.containsAll(children.getOrDefault(unit, List.of()))) {
					closing.add(unit);
					grew = true;
				}
			}
		}
		return tree.byIds(closing);
	}

	private static List<Long> ancestors(String path) {
		String[] ids = path.split("\\.");
		List<Long> result = new ArrayList<>();
		for (int i = 0; i < ids.length - 1; i++) {
			result.add(Long.parseLong(ids[i]));
		}
		return result;
	}
}
