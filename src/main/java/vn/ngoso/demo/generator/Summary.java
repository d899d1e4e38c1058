package vn.ngoso.demo.generator;

import java.util.HashSet;
import java.util.Set;
import vn.ngoso.demo.generator.GeneratedHousehold.Outcome;
import vn.ngoso.demo.generator.GeneratedHousehold.Person;
import vn.ngoso.demo.generator.GeneratedHousehold.VisitMade;
import vn.ngoso.households.ReadinessItem;

/** What a run produced, counted as the households went by. */
public final class Summary implements HouseholdSink {

	public long households;

	public long residents;

	public long under15;

	public long adults;

	public long phones;

	public long citizenIds;

	public long yearOnly;

	public long visits;

	public long outcomes;

	public long readiness;

	public long events;

	public long covered;

	/** Distinct households with at least one outcome of the kind: the figures of the report. */
	public long guidedOnline;

	public long guidedApp;

	public long guidedCashless;

	public long appUsers;

	public long vneidDossiers;

	public long vneidActivated;

	@Override
	public void accept(GeneratedHousehold h) {
		households++;
		for (Person p : h.residents()) {
			residents++;
			if (p.age() < 15) {
				under15++;
			}
			if (p.age() >= 18) {
				adults++;
			}
			if (p.phone() != null) {
				phones++;
			}
			if (p.cccd() != null) {
				citizenIds++;
			}
			if (p.birthDate() == null) {
				yearOnly++;
			}
			readiness += p.readiness().size();
			events += p.events().size();
			appUsers += p.readiness().containsKey(ReadinessItem.PROVINCIAL_APP) ? 1 : 0;
			vneidDossiers += p.readiness().containsKey(ReadinessItem.VNEID_DOSSIER) ? 1 : 0;
			vneidActivated += p.readiness().containsKey(ReadinessItem.VNEID_ACTIVATED) ? 1 : 0;
		}
		if (h.covered()) {
			covered++;
		}
		Set<ReadinessItem> items = new HashSet<>();
		for (VisitMade v : h.visits()) {
			visits++;
			outcomes += v.outcomes().size();
			for (Outcome o : v.outcomes()) {
				items.add(o.item());
			}
		}
		if (items.contains(ReadinessItem.ONLINE_SERVICE_ACCOUNT) || items.contains(ReadinessItem.ONLINE_SERVICE_USED)) {
			guidedOnline++;
		}
		if (items.contains(ReadinessItem.PROVINCIAL_APP)) {
			guidedApp++;
		}
		if (items.contains(ReadinessItem.CASHLESS)) {
			guidedCashless++;
		}
	}

	public double meanHouseholdSize() {
		return households == 0 ? 0 : (double) residents / households;
	}

	public double under15Share() {
		return residents == 0 ? 0 : (double) under15 / residents;
	}

	@Override
	public void close() {
	}
}
