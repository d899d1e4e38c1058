package vn.ngoso.sync.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.HouseholdSnapshot;
import vn.ngoso.households.Relation;
import vn.ngoso.households.Resident;
import vn.ngoso.sync.PullPage;
import vn.ngoso.teams.Sex;

/**
 * A pull page as the phone stores it: only what the offline pages show, a profile item as its
 * date, so a hamlet of 500 households stays well under 200 KB gzipped.
 */
record PullJson(String cursor, boolean more, boolean reset, List<HouseholdJson> households, List<UUID> removed,
		List<PullPage.TeamMember> members, List<PullPage.OpenTask> tasks, Instant serverTime) {

	record HouseholdJson(UUID id, String code, String address, long hamletId, String hamletCode, String hamlet,
			boolean covered,
			@Nullable LocalDate lastVisitOn, List<ResidentJson> residents) {
	}

	/** @param profile item → the date it became true */
	record ResidentJson(UUID id, String fullName, @Nullable LocalDate birthDate, int birthYear, int age, Sex sex,
			Relation relation, @Nullable String phone, @Nullable String cccd, boolean consent, boolean erased,
			Map<String, LocalDate> profile) {
	}

	static PullJson of(PullPage page) {
		return new PullJson(page.cursor(), page.more(), page.reset(),
				page.households().stream().map(PullJson::household).toList(), page.removed(), page.members(),
				page.tasks(), page.serverTime());
	}

	private static HouseholdJson household(HouseholdSnapshot s) {
		var h = s.household();
		return new HouseholdJson(h.id(), h.code(), h.address(), h.unitId(), h.unitCode(), h.unitName(), h.covered(),
				h.lastVisitOn(),
				s.residents().stream().map(PullJson::resident).toList());
	}

	private static ResidentJson resident(Resident r) {
		Map<String, LocalDate> profile = new LinkedHashMap<>();
		r.profile().forEach((item, mark) -> profile.put(item.name(), mark.since()));
		return new ResidentJson(r.id(), r.fullName(), r.birthDate(), r.birthYear(), r.age(), r.sex(), r.relation(),
				r.phone(), r.cccdMasked(), r.consented(), r.erased(), profile);
	}
}
