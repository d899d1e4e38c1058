package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The citizens' page under load on loopback: a small java.net.http client with a few threads
 * hammers each page for a fixed time after a warm-up, and the table compares requests per second
 * with a static file served by the same server (the throttle is raised for the run). Prints a
 * Markdown table (also {@code target/bench/citizens.md}); asserts only that every answer was right.
 * Run: {@code ./mvnw -Pbench test -Dtest=CitizenPageBenchmark}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ngoso.feedback.throttle.max=100000000", "ngoso.database.embedded.data-dir=target/pg-bench-citizens" })
@ActiveProfiles("test")
class CitizenPageBenchmark {

	static final int THREADS = 8;

	static final Duration WARM_UP = Duration.ofSeconds(3);

	static final Duration RUN = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		BenchDatabase.durableIfAsked(registry);
	}

	final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER).build();

	record Result(String what, double perSecond, double p50, double p95, long requests, long bytes) {
	}

	@Test
	void publicPagesAgainstAStaticFile() throws Exception {
		String base = "http://127.0.0.1:" + port;
		long caBan = jdbc.sql("select id from admin_unit where name = 'Ấp Cả Bản'").query(Long.class).single();
		String reference = jdbc.sql("select reference from feedback order by received_at limit 1").query(String.class).single();
		List<Result> results = new ArrayList<>();
		results.add(measure("static file /css/citizens.css", i -> get(base + "/css/citizens.css"), 200));
		results.add(measure("home /cong-dan", i -> get(base + "/cong-dan"), 200));
		results.add(measure("find my team /cong-dan?q=ca+ban", i -> get(base + "/cong-dan?q=ca+ban"), 200));
		results.add(measure("hamlet: team + form /cong-dan/ap/{id}", i -> get(base + "/cong-dan/ap/" + caBan), 200));
		results.add(measure("status by reference /cong-dan/phan-anh/{ref}", i -> get(base + "/cong-dan/phan-anh/" + reference), 200));
		results.add(measure("send feedback (POST, writes, routes, figures)", i -> HttpRequest
			.newBuilder(URI.create(base + "/cong-dan/ap/" + caBan + "/phan-anh"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("category=OTHER&description=Benchmark+" + i)).build(), 302));
		results.add(measure("Open311 GET requests.json (90 days, first page of 50)",
				i -> get(base + "/open311/v2/requests.json?status=open"), 200));
		results.add(measure("the same, gzipped (Accept-Encoding: gzip)", i -> HttpRequest
			.newBuilder(URI.create(base + "/open311/v2/requests.json?status=open")).header("Accept-Encoding", "gzip").GET()
			.build(), 200));

		Result baseline = results.get(0);
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "Loopback, %d client threads (java.net.http, HTTP/1.1, keep-alive), %d s warm-up and %d s per row; %d cores, Java %s; load average at start %s.%n%n",
				THREADS, WARM_UP.toSeconds(), RUN.toSeconds(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
		table.append(BenchDatabase.settings(jdbc)).append("\n\n");
		table.append("| page | requests/s | ratio to static | p50 ms | p95 ms | requests | bytes each |\n|---|---|---|---|---|---|---|\n");
		for (Result r : results) {
			table.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.1f | %.1f | %,d | %,d |%n", r.what, r.perSecond,
					r.perSecond / baseline.perSecond, r.p50, r.p95, r.requests, r.bytes));
		}
		System.out.println("\n" + table);
		Path out = Path.of("target", "bench", "citizens.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
	}

	private HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity").GET().build();
	}

	private Result measure(String what, IntFunction<HttpRequest> request, int expected) throws Exception {
		run(request, expected, WARM_UP, new ArrayList<>(), new AtomicInteger());
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger bytes = new AtomicInteger();
		long start = System.nanoTime();
		run(request, expected, RUN, latencies, bytes);
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(what, sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.size(), bytes.get());
	}

	private void run(IntFunction<HttpRequest> request, int expected, Duration length, List<Long> latencies,
			AtomicInteger bytes) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long end = System.nanoTime() + length.toNanos();
		AtomicInteger counter = new AtomicInteger();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			workers.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long s = System.nanoTime();
					HttpResponse<byte[]> response = client.send(request.apply(counter.incrementAndGet()),
							HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - s);
					assertThat(response.statusCode()).isEqualTo(expected);
					bytes.set(response.body().length);
				}
				return null;
			}));
		}
		for (Future<?> w : workers) {
			w.get();
		}
		pool.shutdown();
	}
}
