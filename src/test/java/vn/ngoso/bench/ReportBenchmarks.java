package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.Html;

/**
 * The provincial report on the full Long An data: every figure of the source text's table, read
 * off the page (the benchmark fails if one differs), then the page, the XLSX and the PDF timed,
 * and the province dashboard page as a whole (server time through MockMvc, rendering included).
 */
final class ReportBenchmarks {

	static final String REPORT = "/reports/summary?unit=80&from=2024-01&to=2024-12";

	static final List<String> SOURCE_TEXT = List.of("188/188", "998 / 5.485 / 4.980", "32.000",
			"2.000", "58.000", "203.400", "255.600 (+ 23.673 đoàn viên)", "406.800", "2.330 / 2.330",
			"1.351.439 / 975.628", "180.300", "1 / 7 / 279 / 41", "2.275.567", "99,9%");

	private final MockMvc mvc;

	private final DemoUsers users;

	private final BiConsumer<String, String[]> row;

	ReportBenchmarks(MockMvc mvc, UserDetailsService users, BiConsumer<String, String[]> row) {
		this.mvc = mvc;
		this.users = new DemoUsers(users);
		this.row = row;
	}

	void run() throws Exception {
		String html = body(REPORT);
		List<String> figures = Html.tableRows(html, "report-table").stream().map(r -> r.get(2)).toList();
		row.accept("check: the 2024 report for unit 80", new String[] { String.join(" · ", figures),
				figures.equals(SOURCE_TEXT) ? "every figure of the source text's table, from records and approved values"
						: "MISMATCH" });
		assertThat(figures).containsExactlyElementsOf(SOURCE_TEXT);
		time("summary report page (2024, unit 80)", REPORT);
		time("summary report as XLSX", REPORT.replace("/reports/summary", "/reports/summary.xlsx"));
		time("summary report as PDF", REPORT.replace("/reports/summary", "/reports/summary.pdf"));
		String dashboard = mvc.perform(get("/dashboard").with(users.as("tinh"))).andReturn().getResponse()
			.getRedirectedUrl();
		if (dashboard != null) {
			time("province dashboard page, whole (tinh)", dashboard);
		}
	}

	private void time(String measure, String url) throws Exception {
		for (int i = 0; i < 5; i++) {
			body(url);
		}
		int calls = 30;
		long[] nanos = new long[calls];
		int bytes = 0;
		for (int i = 0; i < calls; i++) {
			long t = System.nanoTime();
			bytes = mvc.perform(get(url).with(users.as("tinh"))).andReturn().getResponse().getContentAsByteArray().length;
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		row.accept(measure, new String[] { String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", nanos[calls / 2] / 1e6,
				nanos[calls * 95 / 100] / 1e6), String.format(Locale.ROOT, "%d calls through MockMvc; %,d bytes", calls,
						bytes) });
	}

	private String body(String url) throws Exception {
		var response = mvc.perform(get(url).with(users.as("tinh"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
