package vn.ngoso.setup.web;

import org.jspecify.annotations.Nullable;
import vn.ngoso.territory.AdminUnit;

/** How far the first run has come: the province chosen, and what lies under it. */
public record SetupProgress(@Nullable AdminUnit province, int communes, int hamlets, long teams) {

	public boolean provinceChosen() {
		return province != null;
	}

	public boolean hamletsImported() {
		return hamlets > 0;
	}

	public boolean teamsImported() {
		return teams > 0;
	}

	public boolean done() {
		return provinceChosen() && hamletsImported() && teamsImported();
	}

	/** The step to show open: the first one not done yet, or the last. */
	public int currentStep() {
		return !provinceChosen() ? 1 : !hamletsImported() ? 2 : !teamsImported() ? 3 : 4;
	}
}
