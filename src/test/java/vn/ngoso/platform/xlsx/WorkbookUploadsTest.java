package vn.ngoso.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.ngoso.merchants.internal.MerchantWorkbook;
import vn.ngoso.reported.internal.ReportedWorkbook;
import vn.ngoso.support.RealHttp;
import vn.ngoso.training.internal.CompletionSheet;

/**
 * The workbook imports on the real server: a file of 190,000 rows (4 to 5 MB, under every upload
 * limit) is refused by the row limit while it is read, without the server ever holding the
 * workbook (what the server allocates meanwhile stays far below what loading it takes); a small
 * file that unpacks to hundreds of megabytes is refused by the unpacked-size limit; the server
 * answers its health check after each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbookUploadsTest {

	/** Loading a 190,000-row workbook whole allocates gigabytes; reading 2,000 rows of it a few megabytes. */
	private static final long MAX_ALLOCATED = 400L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	RealHttp http;

	@BeforeEach
	void setUp() {
		http = new RealHttp(port);
	}

	@Test
	void aMerchantWorkbookOf190000RowsIsRefusedByTheRowLimitWhileRead() throws Exception {
		Path file = workbook(MerchantWorkbook.HEADER, 190_000,
				i -> List.of("Chợ", "Chợ " + i, "Ấp 2", "27781", "", "", "", "VietQR", "", "", ""));
		String bearer = http.bearer("xa");

		long before = allocated();
		HttpResponse<String> response = http.upload("/api/v1/merchants/import", bearer, file);
		long allocated = allocated() - before;

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(RealHttp.json(response).get("detail").asString()).isEqualTo("Tệp có hơn 2.000 dòng; hãy chia thành nhiều tệp.");
		assertThat(allocated).as("bytes allocated while refusing a %d-byte file", Files.size(file)).isLessThan(MAX_ALLOCATED);
		assertHealthy();
	}

	@Test
	void aReportedValuesWorkbookOf190000RowsIsRefusedByTheRowLimitWhileRead() throws Exception {
		Path file = workbook(ReportedWorkbook.HEADER, 190_000,
				i -> List.of("27781", "VNEID_DOSSIERS", "01/2024", "12/2024", String.valueOf(i), "Ghi chú số " + i));
		String bearer = http.bearer("xa");

		long before = allocated();
		HttpResponse<String> response = http.upload("/api/v1/indicators/reported/import", bearer, file);
		long allocated = allocated() - before;

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(RealHttp.json(response).get("detail").asString()).isEqualTo("Tệp có quá nhiều dòng (tối đa 2000).");
		assertThat(allocated).as("bytes allocated while refusing a %d-byte file", Files.size(file)).isLessThan(MAX_ALLOCATED);
		assertHealthy();
	}

	@Test
	void aCompletionListOf190000RowsIsRefusedByTheRowLimitWhileRead() throws Exception {
		long course = jdbc.sql("select id from course where kind = 'ONLINE'").query(Long.class).single();
		Path file = workbook(CompletionSheet.HEADER, 190_000,
				i -> List.of(String.format("09%08d", i), "15/03/2024", "CC-" + i));
		String bearer = http.bearer("xa");

		long before = allocated();
		HttpResponse<String> response = http.upload("/api/v1/trainings/" + course + "/completions/import", bearer, file);
		long allocated = allocated() - before;

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("Tệp có hơn 20.000 dòng; hãy chia thành nhiều tệp.");
		assertThat(allocated).as("bytes allocated while refusing a %d-byte file", Files.size(file)).isLessThan(MAX_ALLOCATED);
		assertHealthy();
	}

	@Test
	void aCompletionListOverTheUploadLimitIsRefusedBeforeItIsRead() throws Exception {
		long course = jdbc.sql("select id from course where kind = 'ONLINE'").query(Long.class).single();
		Path file = dir.resolve("lon.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(new byte[6 * 1024 * 1024]);
		}

		HttpResponse<String> response = http.upload("/api/v1/trainings/" + course + "/completions/import",
				http.bearer("xa"), file);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("Tệp lớn hơn 5 MB.");
	}

	@Test
	void aSmallWorkbookThatUnpacksToHundredsOfMegabytesIsRefusedByTheUnpackedLimit() throws Exception {
		String long1 = "x".repeat(30_000);
		Path file = workbook(MerchantWorkbook.HEADER, 1_000,
				i -> List.of("Chợ", long1, long1, long1, long1, long1, long1, long1, long1, long1, long1));
		assertThat(Files.size(file)).as("well under the 5 MB upload limit").isLessThan(2L * 1024 * 1024);

		HttpResponse<String> response = http.upload("/api/v1/merchants/import", http.bearer("xa"), file);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(RealHttp.json(response).get("detail").asString())
			.isEqualTo("Tệp khi giải nén lớn hơn 50 MB; hãy chia thành nhiều tệp hoặc bỏ bớt các trang không cần.");
		assertHealthy();
	}

	private void assertHealthy() throws Exception {
		HttpResponse<String> health = http.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"UP\"");
	}

	/** A workbook written row by row (SXSSF), so that making it costs the test little memory. */
	private Path workbook(List<String> header, int rows, IntFunction<List<String>> row) throws Exception {
		Path file = Files.createTempFile(dir, "big-", ".xlsx");
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			book.setCompressTempFiles(true);
			var sheet = book.createSheet("Trang 1");
			var first = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				first.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 1; r <= rows; r++) {
				var cells = row.apply(r);
				var line = sheet.createRow(r);
				for (int c = 0; c < cells.size(); c++) {
					if (!cells.get(c).isEmpty()) {
						line.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			book.write(out);
		}
		return file;
	}

	/** Bytes allocated so far by every thread of this JVM, the server's included. */
	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
	}
}
