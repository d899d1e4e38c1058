package vn.ngoso.accounts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ngoso.territory.AdminUnit;

/**
 * A unit offered in the new-account form's select: the code is what the form sends (the server
 * checks it is in scope and at the role's level), the label what the officer reads, with the
 * parent's name since two communes of a province may share a name.
 */
record UnitChoice(String code, String label) {

	/** The units grouped by level (1 province, 2 district, 3 commune), in the order given. */
	static Map<Integer, List<UnitChoice>> byLevel(List<AdminUnit> units) {
		Map<Long, String> names = units.stream().collect(Collectors.toMap(AdminUnit::id, AdminUnit::name, (a, b) -> a));
		Function<AdminUnit, UnitChoice> choice = u -> new UnitChoice(u.code(),
				u.parentId() != null && names.containsKey(u.parentId()) ? u.name() + " – " + names.get(u.parentId())
						: u.name());
		return units.stream().collect(Collectors.groupingBy(AdminUnit::level, LinkedHashMap::new,
				Collectors.mapping(choice, Collectors.toList())));
	}
}
