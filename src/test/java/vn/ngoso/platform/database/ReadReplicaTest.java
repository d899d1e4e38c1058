package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.ApiTokens;
import vn.ngoso.support.DashboardFixtures;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.HouseholdFixtures;

/**
 * The application on an embedded primary and a streaming replica of it (both real PostgreSQL, the
 * replica made by the low-level base backup of {@link StreamingReplica}): writes go to the
 * primary and reach the replica; the dashboard is read from the replica, says how fresh its data
 * is, and lags while replay is paused, while a page showing what was just written reads the
 * primary.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=" + ReadReplicaTest.PRIMARY_DIR })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class ReadReplicaTest {

	static final String PRIMARY_DIR = "target/pg-replica/primary";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static ReplicatedDatabase servers;

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		if (servers == null) {
			servers = ReplicatedDatabase.start(PRIMARY_DIR, "target/pg-replica/replica");
		}
		registry.add("ngoso.database.replica-url", servers::replicaUrl);
	}

	@AfterAll
	static void stop() throws Exception {
		servers.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhereReadsGo probe;

	@Autowired
	PlatformTransactionManager transactions;

	HouseholdFixtures households;

	JdbcClient onReplica;

	@BeforeEach
	void setUp() {
		households = new HouseholdFixtures(mvc, jdbc);
		onReplica = JdbcClient.create(replicaDatabase());
		onReplica.sql("select pg_wal_replay_resume()").query().singleRow();
	}

	@Test
	void theServersAreAPrimaryAndAStreamingStandby() {
		assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()).isFalse();
		assertThat(onReplica.sql("select pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from pg_stat_replication where application_name = 'ngoso_replica'"
				+ " and state = 'streaming'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aWriteThroughTheApplicationReachesTheReplicaWithinSeconds() throws Exception {
		UUID household = households.newHouseholdInCaBan();

		assertThat(jdbc.sql("select count(*) from household where id = ?").param(household).query(Long.class).single())
			.isEqualTo(1);
		await("the new household on the replica", () -> onReplica.sql("select count(*) from household where id = ?")
			.param(household).query(Long.class).single() == 1);
	}

	@Test
	void onlyTheReadOnlyEntryPointsMarkedForTheReplicaReadIt() {
		assertThat(probe.markedReadOnly()).as("a @MayReadReplica read-only transaction").isTrue();
		assertThat(probe.plainReadOnly()).as("any other read-only transaction").isFalse();
		boolean insideAWrite = new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("select 1").query().singleRow();
			return probe.markedReadOnly();
		});
		assertThat(insideAWrite).as("a @MayReadReplica method inside a write").isFalse();
		assertThat(probe.markedButWriting()).as("a @MayReadReplica method that is not read-only").isFalse();
	}

	/** The run command embeds the primary; a real one is given by spring.datasource.* (Boot's own pool). */
	@Test
	void anExternalPrimaryIsRoutedTheSameWayWithItsUserAndPassword() {
		var primary = servers.primary();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
			.withUserConfiguration(ReplicaConfiguration.class, Probe.class)
			.withPropertyValues("spring.datasource.url=" + primary.postgres().getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username=" + DatabasePassword.USER,
					"spring.datasource.password=" + primary.password(),
					"ngoso.database.replica-url=" + servers.replicaUrl())
			.run(context -> {
				assertThat(context).hasNotFailed();
				WhereReadsGo where = context.getBean(WhereReadsGo.class);
				assertThat(where.markedReadOnly()).as("a @MayReadReplica read-only transaction").isTrue();
				assertThat(where.plainReadOnly()).as("any other read-only transaction").isFalse();
				assertThat(where.markedButWriting()).as("a writing one").isFalse();
			});
	}

	@Test
	void theDashboardIsReadFromTheReplicaAndSaysHowFreshItIs() throws Exception {
		String before = households("xa");
		pauseReplay();
		try {
			UUID household = households.newHouseholdInCaBan();
			awaitReceived();
			Instant replayed = onReplica.sql("select pg_last_xact_replay_timestamp()").query(Timestamp.class).single()
				.toInstant();

			String paused = dashboard("xa");
			assertThat(DashboardFixtures.tiles(paused).get("HOUSEHOLDS").value())
				.as("the replica has not replayed the new household").isEqualTo(before);
			assertThat(paused).contains("id=\"data-as-of\"").contains("Số liệu đến " + CLOCK.format(replayed));
			// a read-your-writes page (the household just registered) reads the primary
			assertThat(households.household("xa", household).get("household").get("id").asString()).isEqualTo(household.toString());
		}
		finally {
			onReplica.sql("select pg_wal_replay_resume()").query().singleRow();
		}
		long expected = DashboardFixtures.parseCount(before) + 1;
		await("the dashboard catches up", () -> {
			String html = dashboard("xa");
			return DashboardFixtures.parseCount(DashboardFixtures.tiles(html).get("HOUSEHOLDS").value()) == expected
					&& html.contains("Số liệu đến ");
		});
	}

	/** Paused with nothing left to replay, it still cannot know what it has not received: not "now". */
	@Test
	void aPausedReplicaShowsItsLastReplayedChangeNotNow() throws Exception {
		households("xa"); // the replica has caught up
		pauseReplay();
		try {
			Instant replayed = onReplica.sql("select pg_last_xact_replay_timestamp()").query(Timestamp.class).single()
				.toInstant();
			await("a second later than the last replayed change", () -> Instant.now().isAfter(replayed.plusSeconds(1)));
			assertThat(dashboard("xa")).contains("Số liệu đến " + CLOCK.format(replayed));
		}
		finally {
			onReplica.sql("select pg_wal_replay_resume()").query().singleRow();
		}
	}

	@Test
	void theSummaryReportIsReadFromTheReplica() throws Exception {
		String token = ApiTokens.tokenFor(mvc, "xa");
		households("xa"); // the replica has caught up
		String before = summaryLines(token);
		pauseReplay();
		try {
			// covered, guided and visited today: lines of the report change
			new DashboardFixtures(jdbc, households).coveredHousehold("xa", HouseholdFixtures.CA_BAN);
			awaitReceived();
			Instant replayed = onReplica.sql("select pg_last_xact_replay_timestamp()").query(Timestamp.class).single()
				.toInstant();
			assertThat(summaryLines(token)).as("the report while the replica has not replayed the new household")
				.isEqualTo(before);
			assertThat(summary(token).get("notes").toString()).as("the report says how fresh its figures are")
				.contains("Số liệu đến " + CLOCK.format(replayed)).contains("bản sao cơ sở dữ liệu");
		}
		finally {
			onReplica.sql("select pg_wal_replay_resume()").query().singleRow();
		}
		await("the report catches up", () -> !summaryLines(token).equals(before));
	}

	@Test
	void aSyncPullFromALaggingReplicaHandsOutTheMissingChangeNextTime() throws Exception {
		households("xa"); // the replica has caught up
		String cursor = pullAll(null);
		UUID household;
		pauseReplay();
		try {
			household = households.newHouseholdInCaBan();
			JsonNode page = pull(cursor);
			assertThat(ids(page)).as("the replica has not replayed the new household").doesNotContain(household.toString());
			cursor = page.get("cursor").asString();
		}
		finally {
			onReplica.sql("select pg_wal_replay_resume()").query().singleRow();
		}
		String from = cursor;
		await("the next pull hands it out", () -> ids(pull(from)).contains(household.toString()));
	}

	/** Every page of the member's pull from {@code cursor}; the last cursor. */
	private String pullAll(String cursor) {
		JsonNode page;
		String at = cursor;
		do {
			page = pull(at);
			at = page.get("cursor").asString();
		}
		while (page.get("more").asBoolean());
		return at;
	}

	private JsonNode pull(String cursor) {
		try {
			String body = mvc.perform(get("/api/v1/sync/pull").header("Authorization", households.bearer("thanhvien"))
					.param("cursor", cursor == null ? "" : cursor).param("limit", "500"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			return households.read(body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("households").forEach(h -> ids.add(h.get("id").asString()));
		return ids;
	}

	/** The summary report's lines (without the moment it was made) for Xã Tuyên Bình, through the API. */
	private String summaryLines(String token) {
		return summary(token).get("lines").toString();
	}

	private JsonNode summary(String token) {
		try {
			String body = mvc.perform(get("/api/v1/reports/summary").param("unit", "27781").header("Authorization", token))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			return households.read(body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String households(String user) throws Exception {
		await("the replica has everything", () -> onReplica.sql("select pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()")
			.query(Boolean.class).single());
		return DashboardFixtures.tiles(dashboard(user)).get("HOUSEHOLDS").value();
	}

	/** The replica has received (not replayed) all the primary has written so far. */
	private void awaitReceived() {
		String written = jdbc.sql("select pg_current_wal_lsn()::text").query(String.class).single();
		await("the replica has received the write", () -> onReplica
			.sql("select pg_last_wal_receive_lsn() >= cast(? as pg_lsn)").param(written).query(Boolean.class).single());
	}

	private void pauseReplay() {
		onReplica.sql("select pg_wal_replay_pause()").query().singleRow();
		await("replay paused", () -> "paused".equals(onReplica.sql("select pg_get_wal_replay_pause_state()")
			.query(String.class).single()));
	}

	private String dashboard(String user) {
		try {
			long commune = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1")
				.query(Long.class).single();
			return mvc.perform(get("/dashboard/" + commune).with(new DemoUsers(users).as(user)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static DataSource replicaDatabase() {
		return servers.replica().server().getPostgresDatabase();
	}

	private static void await(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s for %s", PATIENCE, what).isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Probe {

		@Bean
		WhereReadsGo whereReadsGo(JdbcClient jdbc) {
			return new WhereReadsGo(jdbc);
		}
	}

	/** Says whether each kind of transaction runs on a server in recovery, i.e. the replica. */
	static class WhereReadsGo {

		private final JdbcClient jdbc;

		WhereReadsGo(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@MayReadReplica
		@Transactional(readOnly = true)
		public boolean markedReadOnly() {
			return inRecovery();
		}

		@Transactional(readOnly = true)
		public boolean plainReadOnly() {
			return inRecovery();
		}

		@MayReadReplica
		@Transactional
		public boolean markedButWriting() {
			return inRecovery();
		}

		boolean inRecovery() {
			return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
		}
	}
}
