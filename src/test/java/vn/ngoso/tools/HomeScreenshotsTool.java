package vn.ngoso.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.support.Browser;

/**
 * The home page of the member, the team leader, the agency and the commune officer at 360 and
 * 1280 px, and the phone's "Thêm" menu open. Off unless asked:
 * {@code ./mvnw -q test -Dtest=HomeScreenshotsTool -Dscreenshots=true}; the PNGs land in
 * {@code target/screenshots/home/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class HomeScreenshotsTool {

	@LocalServerPort
	int port;

	private final Path dir = Path.of("target/screenshots/home");

	private final List<String> written = new ArrayList<>();

	@Test
	void takeScreenshots() throws IOException {
		Files.createDirectories(dir);
		for (String role : List.of("thanhvien", "totruong", "coquan", "xa")) {
			try (Browser b = Browser.open("http://localhost:" + port)) {
				b.signIn(role, "demo");
				for (int width : List.of(360, 1280)) {
					b.useSize(width, width < 720 ? 740 : 800);
					b.go("/");
					shoot(b, role + "-" + width, false);
				}
				b.useSize(360, 740);
				b.go("/");
				b.find(By.cssSelector(".quick .more summary")).click();
				b.find(By.cssSelector(".more-panel"));
				shoot(b, role + "-360-menu", true);
			}
		}
		written.forEach(System.out::println);
		assertThat(written).isNotEmpty();
	}

	private void shoot(Browser b, String name, boolean viewportOnly) throws IOException {
		b.find(By.tagName("main"));
		Path file = dir.resolve(name + ".png");
		Files.write(file, viewportOnly ? b.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES) : b.fullPageScreenshot());
		written.add(file + " (document " + b.documentWidth() + " px)");
	}
}
