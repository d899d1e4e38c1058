package vn.ngoso.households;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.households.internal.HouseholdRepository.StoredResident;
import vn.ngoso.households.internal.ResidentViews;
import vn.ngoso.households.internal.WorkingSetRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Scope;

/**
 * The households of the caller's subtree in bulk, for the phones that work offline. Always masked
 * as for a member, whoever asks: a phone is easily lost, so the copy on it holds no full phone
 * number or citizen ID.
 */
@Service
@Transactional(readOnly = true)
public class WorkingSets {

	private final WorkingSetRepository repository;

	private final ResidentViews views;

	private final CurrentScope currentScope;

	WorkingSets(WorkingSetRepository repository, ResidentViews views, CurrentScope currentScope) {
		this.repository = repository;
		this.views = views;
		this.currentScope = currentScope;
	}

	/** The next page of the caller's households in id order. */
	public List<HouseholdSnapshot> page(@Nullable UUID after, int limit) {
		return complete(repository.under(scopePath(), after, limit));
	}

	/** These households as they are now; those outside the caller's scope are left out. */
	public List<HouseholdSnapshot> of(Collection<UUID> ids) {
		Scope s = currentScope.get();
		return complete(repository.byIds(List.copyOf(ids)).stream().filter(h -> s.coversUnitPath(h.unitPath())).toList());
	}

	private String scopePath() {
		Scope s = currentScope.get();
		if (s.unitPath() == null) {
			throw new OutOfScope("working set of everything");
		}
		return s.unitPath();
	}

	private List<HouseholdSnapshot> complete(List<Household> households) {
		List<UUID> ids = households.stream().map(Household::id).toList();
		Map<UUID, List<StoredResident>> residents = repository.residents(ids);
		var profiles = repository.profiles(ids);
		return households.stream()
			.map(h -> new HouseholdSnapshot(h, residents.getOrDefault(h.id(), List.of()).stream()
				.map(r -> views.view(r, profiles.getOrDefault(r.id(), Map.of()), true))
				.toList()))
			.toList();
	}
}
