package vn.ngoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.imports.HouseholdFile;
import vn.ngoso.imports.ImportFaults;
import vn.ngoso.support.RealHttp;

/**
 * Two application nodes on one database, as behind a load balancer without sticky sessions: two
 * application contexts on their own ports sharing one embedded PostgreSQL (a data directory of
 * their own, so no other test's context takes part), talked to over real HTTP. A session made on
 * one works on the other, the sign-in throttle counts failures made on either, the nightly job
 * runs once when both fire it, and a node stopped mid-import leaves the job to the other, which
 * finishes it with the same households as an uninterrupted run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void startBothNodes() {
		nodeA = node("node-a");
		nodeB = node("node-b");
	}

	@AfterAll
	static void stopBothNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		// as arguments: they must win over application.yml (builder properties are only defaults)
		return new SpringApplicationBuilder(NgosoApplication.class).profiles("test")
			.run("--server.port=0", "--ngoso.node.name=" + name, "--ngoso.database.embedded.data-dir=target/pg-nodes",
					"--ngoso.imports.poll=200ms");
	}

	@Test
	@Order(1)
	void aSessionMadeOnOneNodeWorksOnTheOther() throws Exception {
		String cookie = signIn(nodeA, "xa");

		HttpResponse<String> onB = get(nodeB, "/households", cookie);

		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Xã Tuyên Bình");
		assertThat(get(nodeB, "/households", null).statusCode()).as("without the cookie: the login page").isEqualTo(302);
	}

	@Test
	@Order(2)
	void theSignInThrottleCountsFailuresMadeOnEitherNode() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(token(nodeA, "totruong", "sai").statusCode()).isEqualTo(401);
		}
		assertThat(token(nodeB, "totruong", "demo").statusCode()).as("the sixth attempt, on B, waits").isEqualTo(429);
	}

	@Test
	@Order(3)
	void theNightlyJobFiredOnBothNodesAtOnceRunsOnce() throws Exception {
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		long before = runs(jdbc);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> fired = new ArrayList<>();
			for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
				Object schedule = node.getBean("overdueSchedule");
				fired.add(pool.submit((Callable<Void>) () -> {
					start.await();
					ReflectionTestUtils.invokeMethod(schedule, "nightly");
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : fired) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(runs(jdbc) - before).isEqualTo(1);
		assertThat(jdbc.sql("select locked_by from job_lock where name = 'tasks.overdue'").query(String.class).single())
			.isIn("node-a", "node-b");
	}

	@Test
	@Order(4)
	void aNodeStoppedMidImportLeavesTheJobToTheOtherWhichFinishesIt() throws Exception {
		int households = 30;
		List<String> codes = new ArrayList<>();
		HouseholdFile file = new HouseholdFile();
		for (int i = 0; i < households; i++) {
			String code = HouseholdFile.code();
			codes.add(code);
			file.resident(code, "Số " + i, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", HouseholdFile.cccd())
				.resident(code, "Số " + i, HouseholdFile.name(), "1975", "Nữ", "Vợ", "", "");
		}
		Path csv = Files.createTempFile("two-nodes-", ".csv");
		Files.write(csv, file.csv());
		// node A will be inside the merge (3 households a batch in tests) when it is stopped
		nodeA.getBean(ImportFaults.class).holdInBatch(3);
		RealHttp onA = new RealHttp(port(nodeA));
		HttpResponse<String> started = onA.upload("/api/v1/imports/households", onA.bearer("xa"), csv);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String id = JSON.readTree(started.body()).get("id").asString();
		assertThat(nodeA.getBean(ImportFaults.class).awaitHeld(Duration.ofSeconds(60))).as("A is mid-import").isTrue();
		JdbcClient jdbc = nodeB.getBean(JdbcClient.class);
		assertThat(claimedBy(jdbc, id)).isEqualTo("node-a");

		nodeA.close();

		RealHttp onB = new RealHttp(port(nodeB));
		String bearer = onB.bearer("xa");
		JsonNode job = null;
		for (int i = 0; i < 600 && (job == null || List.of("QUEUED", "RUNNING").contains(job.get("status").asString())); i++) {
			Thread.sleep(100);
			job = onB.getJson("/api/v1/imports/" + id, bearer);
		}
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(claimedBy(jdbc, id)).isEqualTo("node-b");
		// the batches A merged are whole households, found unchanged; together, the whole file
		assertThat(job.get("householdsCreated").asInt() + job.get("householdsUnchanged").asInt()).isEqualTo(households);
		assertThat(job.get("rowsValid").asInt()).isEqualTo(2 * households);
		assertThat(jdbc.sql("""
				select count(distinct h.id) || ' ' || count(r.id) from household h join resident r on r.household_id = h.id
				where h.code in (:codes)
				""").param("codes", codes).query(String.class).single())
			.as("households and residents, as an uninterrupted import makes them").isEqualTo(households + " " + 2 * households);
		Files.deleteIfExists(csv);
	}

	private static long runs(JdbcClient jdbc) {
		return jdbc.sql("select coalesce((select runs from job_lock where name = 'tasks.overdue'), 0)").query(Long.class)
			.single();
	}

	private static String claimedBy(JdbcClient jdbc, String id) {
		return jdbc.sql("select claimed_by from import_job where id = cast(? as uuid)").param(id).query(String.class)
			.single();
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Signs in through the login form on this node, as a browser (the form's CSRF token is also in a
	 * cookie of its own): answers the session cookie, {@code SESSION=…}.
	 */
	private String signIn(ConfigurableApplicationContext node, String username) throws Exception {
		Map<String, String> jar = new LinkedHashMap<>();
		HttpResponse<String> form = get(node, "/login", null);
		keep(jar, form);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String body = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(node, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", header(jar))
			.POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		keep(jar, signedIn);
		assertThat(jar).containsKey("SESSION");
		return "SESSION=" + jar.get("SESSION");
	}

	private static void keep(Map<String, String> jar, HttpResponse<String> response) {
		for (String set : response.headers().allValues("Set-Cookie")) {
			String pair = set.split(";", 2)[0];
			int eq = pair.indexOf('=');
			jar.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
	}

	private static String header(Map<String, String> jar) {
		return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> token(ConfigurableApplicationContext node, String username, String password)
			throws Exception {
		return http.send(HttpRequest.newBuilder(uri(node, "/api/v1/auth/token")).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
				BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + port(node) + path);
	}
}
