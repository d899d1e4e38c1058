package vn.ngoso.setup.web;

import org.jspecify.annotations.Nullable;
import vn.ngoso.territory.AdminUnit;

/** How far the first run has come: the province chosen, and what lies under it. */
record SetupProgress(@Nullable AdminUnit province, int communes, int hamlets, long teams) {

	boolean provinceChosen() {
		return province != null;
	}

	boolean hamletsImported() {
		return hamlets > 0;
	}

	boolean teamsImported() {
		return teams > 0;
	}

	boolean done() {
		return provinceChosen() && hamletsImported() && teamsImported();
	}

	/** The step to show open: the first one not done yet, or the last. */
	int currentStep() {
		return !provinceChosen() ? 1 : !hamletsImported() ? 2 : !teamsImported() ? 3 : 4;
	}
}
