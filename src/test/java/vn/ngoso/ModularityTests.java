package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NgosoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The figures engine is the bottom of the figures' stack, the reported values sit on it, and
	 * the read side on both: figures ← reported ← indicators, never the other way (issue 19).
	 */
	@Test
	void theFiguresEngineKnowsNothingOfItsReaders() {
		assertThat(dependenciesOf("figures")).contains("territory").isSubsetOf("platform", "territory");
		assertThat(dependenciesOf("reported")).contains("figures").isSubsetOf("platform", "territory", "figures");
		assertThat(dependenciesOf("indicators")).contains("figures", "reported")
			.isSubsetOf("platform", "territory", "figures", "reported");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	private List<String> dependenciesOf(String name) {
		var module = modules.getModuleByName(name).orElseThrow(() -> new AssertionError("no module " + name));
		return module.getDirectDependencies(modules).uniqueModules().map(m -> m.getName()).toList();
	}
}
