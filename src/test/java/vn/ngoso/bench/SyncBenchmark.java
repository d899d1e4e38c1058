package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.households.Households;
import vn.ngoso.households.NewHousehold;
import vn.ngoso.households.NewResident;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Relation;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.Visits;
import vn.ngoso.support.Browser;
import vn.ngoso.teams.Sex;
import vn.ngoso.territory.Territory;

/**
 * The sync benchmarks of the offline issue, over loopback HTTP against the application on a
 * random port, on a database of its own ({@code target/pg-bench-sync}, wiped at start). The demo
 * hamlet Ấp Cả Bản is grown to 500 households with about 1,800 residents through the services (so
 * the change log and the figures are what production would have), then: the first pull, an
 * incremental pull after 10 changes, push throughput of 50 clients sending batches of 20 visits
 * with 3 outcomes each against a trivial authenticated endpoint, every batch re-sent three times,
 * and the visit form's first load in Chromium on an emulated 3G line. Prints a Markdown table
 * (also {@code target/bench/sync.md}); asserts only the data (no duplicate), never a time. Run
 * with {@code ./mvnw -Pbench-sync test}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"ngoso.database.embedded.data-dir=target/pg-bench-sync", "ngoso.database.embedded.clean=true",
		"ngoso.demo=true", "server.tomcat.threads.max=60" })
@ActiveProfiles("test")
class SyncBenchmark {

	static final int HOUSEHOLDS = 500;

	static final int CLIENTS = 50;

	static final int BATCHES_PER_CLIENT = 4;

	static final int VISITS_PER_BATCH = 20;

	static final int OUTCOMES_PER_VISIT = 3;

	static final int TRIVIAL_PER_CLIENT = 40;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Households households;

	@Autowired
	Visits visits;

	@Autowired
	Territory territory;

	@Autowired
	UserDetailsService users;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private final List<String[]> table = new ArrayList<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		BenchDatabase.durableIfAsked(registry);
	}

	private final SplittableRandom random = new SplittableRandom(20241101);

	private void row(String measure, String result, String notes) {
		table.add(new String[] { measure, result, notes });
		System.out.printf("[bench] %s: %s %s%n", measure, result, notes);
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}

	@Test
	void sync() throws Exception {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		try {
			List<Adult> adults = growTheHamlet();
			String member = token("thanhvien");
			String cursor = firstPull(member);
			incrementalPull(member, cursor, adults);
			pushThroughput(adults);
			visitFormOn3g();
		}
		finally {
			print(loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	record Adult(UUID household, UUID resident) {
	}

	// --- the data: Ấp Cả Bản grown to 500 households ------------------------------------------

	private List<Adult> growTheHamlet() {
		long started = System.nanoTime();
		as("xa");
		long hamlet = territory.getByCode("27781-001").id();
		long existing = households("27781-001");
		for (long i = existing; i < HOUSEHOLDS; i++) {
			var h = households.create(new NewHousehold(hamlet, f("CB-%04d", i), f("Số %d, Kênh Cả Bản", i)));
			int size = 2 + random.nextInt(4);
			for (int r = 0; r < size; r++) {
				boolean adult = r < 2 || random.nextInt(3) > 0;
				LocalDate born = households.today().minusYears(adult ? 18 + random.nextInt(60) : 1 + random.nextInt(13))
					.minusDays(random.nextInt(365));
				String phone = adult && random.nextInt(3) > 0 ? f("09%08d", (i * 10 + r) % 100_000_000) : null;
				String cccd = adult && random.nextBoolean() ? f("0790%02d%06d", born.getYear() % 100, i * 10 + r) : null;
				households.addResident(h.id(), new NewResident("Nguyễn Văn " + PushPhones.letters(i) + " " + (char) ('A' + r), born, null,
						r % 2 == 0 ? Sex.MALE : Sex.FEMALE, r == 0 ? Relation.HEAD : r == 1 ? Relation.SPOUSE : Relation.CHILD,
						phone, cccd, null));
			}
		}
		List<Adult> adults = jdbc.sql("""
				select r.household_id, r.id from resident r join household h on h.id = r.household_id
				join admin_unit u on u.id = h.unit_id
				where u.code = '27781-001' and r.erased_at is null and r.birth_year <= extract(year from now()) - 16
				order by r.id
				""").query((rs, n) -> new Adult(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
		// Profiles as teams leave them: a visit with two or three items for one adult in three.
		as("thanhvien");
		for (int i = 0; i < adults.size(); i += 3) {
			Adult a = adults.get(i);
			visits.record(new RecordVisit(UUID.randomUUID(), a.household(), households.today().minusDays(30 + random.nextInt(300)),
					List.of(), List.of(new RecordVisit.Outcome(a.resident(), items(2 + random.nextInt(2)))), null));
		}
		SecurityContextHolder.clearContext();
		long residents = jdbc.sql("""
				select count(*) from resident r join household h on h.id = r.household_id join admin_unit u on u.id = h.unit_id
				where u.code = '27781-001'
				""").query(Long.class).single();
		row("the hamlet", f("%,d households, %,d residents", households("27781-001"), residents),
				f("Ấp Cả Bản grown through Households and Visits in %.0f s; %,d adults, profiles from %,d visits",
						(System.nanoTime() - started) / 1e9, adults.size(), (adults.size() + 2) / 3));
		return adults;
	}

	private long households(String hamletCode) {
		return jdbc.sql("select count(*) from household h join admin_unit u on u.id = h.unit_id where u.code = ?")
			.param(hamletCode).query(Long.class).single();
	}

	private List<ReadinessItem> items(int n) {
		List<ReadinessItem> all = new ArrayList<>(Arrays.asList(ReadinessItem.values()));
		List<ReadinessItem> chosen = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			chosen.add(all.remove(random.nextInt(all.size())));
		}
		return chosen;
	}

	private void as(String username) {
		UserDetails user = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	// --- pulls --------------------------------------------------------------------------------

	record Pulled(long wireBytes, long jsonBytes, int pages, int households, String cursor) {
	}

	private Pulled pullAll(String bearer, String cursor) throws Exception {
		long wire = 0;
		long plain = 0;
		int pages = 0;
		int count = 0;
		String at = cursor;
		boolean more;
		do {
			var request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/sync/pull"
					+ (at == null ? "" : "?cursor=" + at))).header("Authorization", bearer)
				.header("Accept-Encoding", "gzip").GET().build();
			var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			byte[] body = response.body();
			wire += body.length;
			byte[] text = "gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))
					? new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes() : body;
			plain += text.length;
			JsonNode page = json.readTree(text);
			count += page.get("households").size();
			pages++;
			at = page.get("cursor").asString();
			more = page.get("more").asBoolean();
		}
		while (more);
		return new Pulled(wire, plain, pages, count, at);
	}

	private String firstPull(String bearer) throws Exception {
		pullAll(bearer, null);
		long[] ms = new long[5];
		Pulled last = null;
		for (int i = 0; i < ms.length; i++) {
			long started = System.nanoTime();
			last = pullAll(bearer, null);
			ms[i] = (System.nanoTime() - started) / 1_000_000;
		}
		Arrays.sort(ms);
		row("**first pull**, 500 households", f("%,.1f KB gzip, %d ms", last.wireBytes() / 1024.0, ms[ms.length / 2]),
				f("%,d households in %d pages of 250; %,.0f KB of JSON before gzip; median of 5 after one warm-up (min %d,"
						+ " max %d ms); goal ≤ 200 KB", last.households(), last.pages(), last.jsonBytes() / 1024.0, ms[0],
						ms[ms.length - 1]));
		return last.cursor();
	}

	private void incrementalPull(String bearer, String cursor, List<Adult> adults) throws Exception {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Adult a = adults.get(random.nextInt(adults.size()));
			records.add(visit(a, households.today()));
		}
		assertThat(push(bearer, records)).containsOnly("applied");
		pullAll(bearer, cursor);
		long[] ms = new long[5];
		Pulled p = null;
		for (int i = 0; i < ms.length; i++) {
			long started = System.nanoTime();
			p = pullAll(bearer, cursor);
			ms[i] = (System.nanoTime() - started) / 1_000_000;
		}
		Arrays.sort(ms);
		row("**incremental pull** after 10 changes", f("%,.1f KB gzip, %d ms", p.wireBytes() / 1024.0, ms[ms.length / 2]),
				f("10 visits pushed since the cursor: %d households sent whole (%,.1f KB of JSON); median of 5", p.households(),
						p.jsonBytes() / 1024.0));
	}

	// --- pushes -------------------------------------------------------------------------------

	private Map<String, Object> visit(Adult a, LocalDate date) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("householdId", a.household().toString());
		data.put("date", date.toString());
		data.put("outcomes", List.of(Map.of("residentId", a.resident().toString(),
				"items", items(OUTCOMES_PER_VISIT).stream().map(Enum::name).toList())));
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", UUID.randomUUID().toString());
		record.put("type", "visit");
		record.put("at", java.time.Instant.now().toString());
		record.put("visit", data);
		return record;
	}

	private List<String> push(String bearer, List<Map<String, Object>> records) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/sync/push")).header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("records", records)))).build();
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> statuses = new ArrayList<>();
		json.readTree(response.body()).get("results").forEach(r -> statuses.add(r.get("status").asString()));
		return statuses;
	}

	private void pushThroughput(List<Adult> adults) throws Exception {
		List<String> tokens = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			tokens.add(token("thanhvien"));
		}
		// as in the field, each phone visits its own share of the hamlet's households (a team splits
		// its hamlet among its members): the households are dealt out to the clients in turn
		List<UUID> homes = adults.stream().map(Adult::household).distinct().toList();
		List<List<Adult>> shares = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			shares.add(new ArrayList<>());
		}
		Map<UUID, Integer> dealt = new java.util.HashMap<>();
		for (int i = 0; i < homes.size(); i++) {
			dealt.put(homes.get(i), i % CLIENTS);
		}
		adults.forEach(a -> shares.get(dealt.get(a.household())).add(a));
		List<List<List<Map<String, Object>>>> batches = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			List<Adult> share = shares.get(c);
			List<List<Map<String, Object>>> mine = new ArrayList<>();
			for (int b = 0; b < BATCHES_PER_CLIENT; b++) {
				List<Map<String, Object>> batch = new ArrayList<>();
				for (int v = 0; v < VISITS_PER_BATCH; v++) {
					batch.add(visit(share.get(random.nextInt(share.size())), households.today().minusDays(random.nextInt(300))));
				}
				mine.add(batch);
			}
			batches.add(mine);
		}
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			// warm-up of the trivial endpoint, then both measured
			parallel(clients, c -> () -> trivial(tokens.get(c), 5));
			long started = System.nanoTime();
			parallel(clients, c -> () -> trivial(tokens.get(c), TRIVIAL_PER_CLIENT));
			double trivialSeconds = (System.nanoTime() - started) / 1e9;
			double trivialRate = CLIENTS * TRIVIAL_PER_CLIENT / trivialSeconds;
			// one phone alone first: what a visit costs without anyone to wait for
			List<List<Map<String, Object>>> alone = new ArrayList<>();
			for (int b = 0; b < BATCHES_PER_CLIENT; b++) {
				List<Map<String, Object>> batch = new ArrayList<>();
				for (int v = 0; v < VISITS_PER_BATCH; v++) {
					batch.add(visit(adults.get(random.nextInt(adults.size())), households.today().minusDays(random.nextInt(300))));
				}
				alone.add(batch);
			}
			started = System.nanoTime();
			for (var batch : alone) {
				assertThat(push(tokens.get(0), batch)).containsOnly("applied");
			}
			double aloneSeconds = (System.nanoTime() - started) / 1e9;
			int aloneRecords = BATCHES_PER_CLIENT * VISITS_PER_BATCH;
			row("push, one client alone", f("%,.0f records/s, %,.0f outcomes/s", aloneRecords / aloneSeconds,
					aloneRecords * OUTCOMES_PER_VISIT / aloneSeconds),
					f("%d batches of %d visits one after the other: %.1f ms per visit", BATCHES_PER_CLIENT, VISITS_PER_BATCH,
							aloneSeconds * 1000 / aloneRecords));
			long visitsBefore = count("select count(*) from visit");
			AtomicLong applied = new AtomicLong();
			started = System.nanoTime();
			parallel(clients, c -> () -> {
				for (var batch : batches.get(c)) {
					applied.addAndGet(push(tokens.get(c), batch).stream().filter("applied"::equals).count());
				}
				return null;
			});
			double pushSeconds = (System.nanoTime() - started) / 1e9;
			long records = (long) CLIENTS * BATCHES_PER_CLIENT * VISITS_PER_BATCH;
			assertThat(applied.get()).isEqualTo(records);
			double recordRate = records / pushSeconds;
			double batchRate = CLIENTS * BATCHES_PER_CLIENT / pushSeconds;
			row("trivial authenticated endpoint", f("%,.0f requests/s", trivialRate),
					f("GET /api/v1/sync/status with a bearer token, %d clients × %d requests in %.1f s", CLIENTS,
							TRIVIAL_PER_CLIENT, trivialSeconds));
			row("**push throughput**", f("%,.0f records/s, %,.0f outcomes/s", recordRate, recordRate * OUTCOMES_PER_VISIT),
					f("%d clients × %d batches of %d visits with %d outcomes (%,d visits; each client in its own share of the hamlet's households) in %.1f s; goal ≥ 2,000 outcomes/s",
							CLIENTS, BATCHES_PER_CLIENT, VISITS_PER_BATCH, OUTCOMES_PER_VISIT, records, pushSeconds));
			row("**ratio to the trivial endpoint**", f("%.2f (records/s ÷ requests/s)", recordRate / trivialRate),
					f("goal ≥ 0.3; per request instead: %.3f (batches/s ÷ requests/s, a batch being 20 visits)",
							batchRate / trivialRate));

			AtomicLong duplicates = new AtomicLong();
			AtomicLong other = new AtomicLong();
			started = System.nanoTime();
			parallel(clients, c -> () -> {
				for (int again = 0; again < 3; again++) {
					for (var batch : batches.get(c)) {
						for (String status : push(tokens.get(c), batch)) {
							(status.equals("duplicate") ? duplicates : other).incrementAndGet();
						}
					}
				}
				return null;
			});
			double resendSeconds = (System.nanoTime() - started) / 1e9;
			long added = count("select count(*) from visit") - visitsBefore;
			long distinctIds = batches.stream().flatMap(List::stream).flatMap(List::stream).map(r -> r.get("id")).distinct().count();
			long extra = added - distinctIds;
			assertThat(other.get()).as("answers other than duplicate").isZero();
			assertThat(extra).as("duplicate visits").isZero();
			row("**duplicates** after re-sending every batch 3 times", f("%d", extra),
					f("%,d visits sent %,d times in all; %,d visits written; every re-send answered duplicate (%,d) in %.1f s,"
							+ " %,.0f records/s", distinctIds, distinctIds * 4, added, duplicates.get(), resendSeconds,
							duplicates.get() / resendSeconds));
		}
		finally {
			clients.shutdownNow();
		}
	}

	private interface ClientTask {
		Callable<Object> of(int client);
	}

	private static void parallel(ExecutorService pool, ClientTask task) throws Exception {
		List<Future<Object>> done = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			done.add(pool.submit(task.of(c)));
		}
		for (Future<Object> f : done) {
			f.get();
		}
	}

	private Object trivial(String bearer, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/sync/status"))
				.header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
		}
		return null;
	}

	// --- the visit form on 3G -----------------------------------------------------------------

	/** Chrome DevTools' "Fast 3G" and "Slow 3G" presets: latency ms, download and upload bits/s. */
	private record Line(String name, int latency, long down, long up) {
	}

	private void visitFormOn3g() throws Exception {
		String household = jdbc.sql("""
				select h.id::text from household h join admin_unit u on u.id = h.unit_id
				where u.code = '27781-001' and h.covered_from is null order by h.code limit 1
				""").query(String.class).single();
		try (Browser b = Browser.open(base())) {
			b.useSize(360, 740);
			b.signIn("thanhvien", "demo");
			for (Line line : List.of(new Line("Fast 3G", 563, 1_474_560, 675_000), new Line("Slow 3G", 2000, 400_000, 400_000))) {
				for (String page : List.of("/households/" + household + "/visits/new", "/households/to-visit")) {
					coldCache(b);
					throttle(b, line);
					b.go(page);
					b.find(By.tagName("h1"));
					b.waiting().until(d -> "complete".equals(b.driver().executeScript("return document.readyState")));
					@SuppressWarnings("unchecked")
					var m = (Map<String, Object>) b.driver().executeScript("""
							var nav = performance.getEntriesByType('navigation')[0];
							var bytes = nav.transferSize, files = 1;
							performance.getEntriesByType('resource').forEach(function (r) { bytes += r.transferSize; files++; });
							return {bytes: bytes, files: files, usable: nav.domContentLoadedEventEnd, loaded: nav.loadEventEnd,
							        html: nav.transferSize};
							""");
					unthrottle(b);
					String what = page.endsWith("/visits/new") ? "visit form" : "\"Hộ cần thăm\"";
					row(f("%s **first load**, %s", what, line.name()),
							f("%.1f KB, %,.0f ms to usable", ((Number) m.get("bytes")).doubleValue() / 1024,
									((Number) m.get("usable")).doubleValue()),
							f("cold cache (no HTTP cache, no service worker); %s files, HTML %.1f KB; usable = DOMContentLoaded"
									+ " end (deferred scripts run); load event at %,.0f ms; %s: %d ms, %.2f Mbit/s down",
									m.get("files"), ((Number) m.get("html")).doubleValue() / 1024,
									((Number) m.get("loaded")).doubleValue(), line.name(), line.latency(), line.down() / 1e6));
				}
			}
		}
	}

	private static void coldCache(Browser b) {
		b.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
		b.driver().executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", b.driver().getCurrentUrl()
			.replaceFirst("^(https?://[^/]+).*$", "$1"), "storageTypes", "cache_storage,service_workers"));
	}

	private static void throttle(Browser b, Line line) {
		var conditions = new ChromiumNetworkConditions();
		conditions.setLatency(Duration.ofMillis(line.latency()));
		conditions.setDownloadThroughput((int) (line.down() / 8));
		conditions.setUploadThroughput((int) (line.up() / 8));
		b.driver().setNetworkConditions(conditions);
	}

	private static void unthrottle(Browser b) {
		b.driver().deleteNetworkConditions();
	}

	// --- plumbing -----------------------------------------------------------------------------

	private String base() {
		return "http://localhost:" + port;
	}

	private String token(String user) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		return "Bearer " + json.readTree(response.body()).get("token").asString();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private void print(double loadBefore, double loadAfter) throws IOException {
		StringBuilder md = new StringBuilder("\n## Sync benchmark\n\n");
		md.append(f("Machine: %d cores, load average %.1f at start and %.1f at the end (shared with other builds);"
				+ " Java %s; embedded PostgreSQL 18 in target/pg-bench-sync; loopback HTTP, Tomcat on a random port.%n%n",
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.version")));
		md.append(BenchDatabase.settings(jdbc)).append("\n\n");
		md.append("| measure | result | notes |\n|---|---|---|\n");
		for (String[] r : table) {
			md.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
		}
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/sync.md"), md);
		System.out.println(md);
	}
}
