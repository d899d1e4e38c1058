package vn.ngoso.territory.internal.reorg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.HamletRecords;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.ReorganisationPreview.CommuneLine;
import vn.ngoso.territory.ReorganisationPreview.HamletLine;
import vn.ngoso.territory.ReorganisationPreview.UnitLine;
import vn.ngoso.territory.internal.reorg.CheckedPlan.Move;

/** Turns a checked plan into what the officer reads before applying it. */
@Component
class PreviewMaker {

	private final ObjectProvider<HamletRecords> records;

	PreviewMaker(ObjectProvider<HamletRecords> records) {
		this.records = records;
	}

	ReorganisationPreview preview(CheckedPlan plan) {
		List<Long> hamletIds = plan.moves().stream().map(m -> m.hamlet().id()).toList();
		Map<String, Map<Long, Long>> counts = new TreeMap<>();
		records.orderedStream().forEach(r -> counts.put(r.kind(), r.countByHamlet(hamletIds)));
		// units a new list version repeats unchanged (in force before the day) open nothing
		List<UnitLine> opened = plan.newUnits().stream().filter(row -> {
			AdminUnit loaded = plan.loaded().get(row.code());
			return loaded == null || !loaded.validFrom().isBefore(plan.effective());
		}).map(row -> {
			AdminUnit loaded = plan.loaded().get(row.code());
			return new UnitLine(loaded == null ? 0 : loaded.id(), row.code(), row.name(), row.type().name());
		}).toList();
		List<UnitLine> closed = plan.closing().stream()
			.map(u -> new UnitLine(u.id(), u.code(), u.name(), u.type().name())).toList();
		List<CommuneLine> communes = new ArrayList<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		counts.keySet().forEach(k -> totals.put(k, 0L));
		for (PlanFiles.UnitRow row : plan.newUnits()) {
			if (!row.type().isCommune()) {
				continue;
			}
			List<String> whole = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			plan.targets().forEach((old, codes) -> {
				if (codes.contains(row.code())) {
					(plan.partial().get(old) ? parts : whole).add(old.name());
				}
			});
			List<Move> moving = plan.moves().stream().filter(m -> m.toCode().equals(row.code())).toList();
			Map<String, Long> perKind = new LinkedHashMap<>();
			counts.forEach((kind, byHamlet) -> perKind.put(kind,
					moving.stream().mapToLong(m -> byHamlet.getOrDefault(m.hamlet().id(), 0L)).sum()));
			perKind.forEach((kind, n) -> totals.merge(kind, n, Long::sum));
			if (!whole.isEmpty() || !parts.isEmpty()) {
				AdminUnit loaded = plan.loaded().get(row.code());
				communes.add(new CommuneLine(loaded == null ? 0 : loaded.id(), row.code(), row.name(), whole, parts,
						moving.size(), perKind));
			}
		}
		List<HamletLine> renamed = plan.moves().stream().filter(Move::renamed)
			.map(m -> new HamletLine(m.hamlet().code(), m.hamlet().name(), m.newName())).toList();
		return new ReorganisationPreview(plan.effective(), opened, closed, communes, plan.moves().size(), renamed, totals,
				plan.problems());
	}
}
