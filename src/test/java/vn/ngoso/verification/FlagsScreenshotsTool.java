package vn.ngoso.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.verification.internal.FlagComputation;

/**
 * The flags page full of flags, one or more of each kind planted in Cả Bản, as the commune
 * officer sees it at 360 and 1280 px. In a database of its own ({@code target/pg-screens}), so the
 * planted records never reach the tests' one. Off unless asked:
 * {@code ./mvnw -q test -Dtest=FlagsScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/verification/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "ngoso.database.embedded.data-dir=target/pg-screens")
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class FlagsScreenshotsTool {

	static final LocalDate PLANTED = LocalDate.of(2021, 3, 1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FlagComputation computation;

	@Test
	void takeScreenshots() throws IOException {
		if (jdbc.sql("select count(*) from data_flag").query(Long.class).single() == 0) {
			plant();
		}
		Path dir = Path.of("target/screenshots/verification");
		Files.createDirectories(dir);
		List<String> written = new ArrayList<>();
		try (Browser b = Browser.open("http://localhost:" + port)) {
			b.signIn("xa", "demo");
			for (int width : new int[] { 360, 1280 }) {
				b.useSize(width, width < 720 ? 740 : 900);
				b.go("/verification/flags");
				b.find(By.cssSelector("main"));
				Path file = dir.resolve("flags-" + width + ".png");
				Files.write(file, b.fullPageScreenshot());
				written.add(file + " (document " + b.documentWidth() + " px, viewport " + b.viewportWidth() + " px)");
				assertThat(b.documentWidth()).as("at %d px", width).isLessThanOrEqualTo(b.viewportWidth());
			}
		}
		written.forEach(System.out::println);
	}

	private void plant() {
		FlagPlants plant = new FlagPlants(jdbc);
		long caBan = plant.unitId(HouseholdFixtures.CA_BAN);
		long member = plant.memberOf("thanhvien");
		List<UUID> households = plant.households(caBan, 12);
		for (int i = 0; i < 9; i++) {
			plant.visit(households.get(i), PLANTED, PLANTED.atTime(9, 5 * i).atOffset(FlagPlants.VIETNAM), member);
		}
		UUID fluent = plant.visitSentLater(households.get(9), PLANTED.plusDays(3), member);
		for (UUID resident : plant.residents(caBan, 5)) {
			plant.outcome(fluent, resident, "FLUENT");
		}
		plant.deskDay(plant.provinceOf(caBan), PLANTED.plusDays(2), member);
		plant.visitSentLater(households.get(10), PLANTED.plusDays(2), member);
		for (int i = 0; i < 4; i++) {
			plant.visitSentLater(households.get(11), PLANTED.plusDays(10 + 2 * i), member);
		}
		UUID phone = UUID.randomUUID();
		plant.visitFromPhone(households.get(0), PLANTED.plusDays(20), phone, "thanhvien", member);
		plant.visitFromPhone(households.get(1), PLANTED.plusDays(21), phone, "totruong", member);
		computation.compute(PLANTED, PLANTED.plusDays(30));
	}
}
