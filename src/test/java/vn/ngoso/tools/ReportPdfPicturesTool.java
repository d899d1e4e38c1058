package vn.ngoso.tools;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;

/**
 * Every page of the report's PDF as a PNG (150 dpi), for looking at what prints. Off unless asked for:
 *
 * <pre>
 * ./mvnw -q test -Dtest=ReportPdfPicturesTool -Dscreenshots=true [-Dreport.query="unit=797&amp;from=2024-01&amp;to=2024-12"]
 * </pre>
 *
 * The PNGs land in {@code target/screenshots/report-pdf-<n>.png}. Runs on the demo database of
 * {@code DemoDataTest}.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-demo", "ngoso.demo=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReportPdfPicturesTool {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void drawThePages() throws Exception {
		String query = System.getProperty("report.query", "unit=80");
		byte[] pdf = mvc.perform(get("/reports/summary.pdf?" + query).with(new DemoUsers(users).as("admin")))
			.andReturn().getResponse().getContentAsByteArray();
		Path out = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(out.resolve("report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 150);
				Path file = out.resolve("report-pdf-" + (page + 1) + ".png");
				ImageIO.write(image, "png", file.toFile());
				System.out.println(file);
			}
		}
	}
}
