package vn.ngoso.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngoso.support.HouseholdFixtures.today;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;

/**
 * A phone pulls in small pages while three others push visits and new residents into the same
 * hamlet. Afterwards every row of the change log since the phone's first cursor lies in exactly
 * one page's range (the cursor sent, the cursor answered], that page carried its household, and
 * the phone's copy equals a fresh full pull: no change missed, none handed out twice.
 */
@IntegrationTest
class ChangeFeedConcurrencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	record Page(Cursor.Changes from, Cursor.Changes to, Set<UUID> households) {
	}

	@Test
	void pagesPulledWhileOthersWriteSeeEveryChangeExactlyOnce() throws Exception {
		var fx = new HouseholdFixtures(mvc, jdbc);
		var phone = new SyncClient(mvc, fx);
		List<UUID> households = new ArrayList<>();
		Map<UUID, UUID> adults = new HashMap<>();
		for (int i = 0; i < 6; i++) {
			UUID h = fx.newHouseholdInCaBan();
			households.add(h);
			adults.put(h, fx.addAdult(h));
		}
		Map<UUID, JsonNode> copy = new HashMap<>();
		List<JsonNode> first = phone.pullAll("thanhvien", null, 200);
		first.forEach(p -> p.get("households").forEach(h -> copy.put(UUID.fromString(h.get("id").asString()), h)));
		String start = SyncClient.lastCursor(first);

		ExecutorService writers = Executors.newFixedThreadPool(3);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < 3; w++) {
			done.add(writers.submit(() -> {
				for (int i = 0; i < 12; i++) {
					UUID h = households.get(ThreadLocalRandom.current().nextInt(households.size()));
					var record = i % 3 == 2
							? SyncClient.resident(UUID.randomUUID(), h, "Người Mới Số " + "ABCDEFGHIJKL".charAt(i), today().minusYears(20))
							: SyncClient.visit(UUID.randomUUID(), h, today().minusDays(ThreadLocalRandom.current().nextInt(30)),
									Map.of(adults.get(h), List.of(i % 2 == 0 ? "SMARTPHONE" : "BANK_ACCOUNT")));
					assertThat(phone.push("thanhvien", List.of(record))).containsExactly("applied");
				}
				return null;
			}));
		}
		List<Page> pages = new ArrayList<>();
		String cursor = start;
		boolean writing = true;
		while (writing || pages.isEmpty() || pages.get(pages.size() - 1).households().size() > 0) {
			writing = done.stream().anyMatch(f -> !f.isDone());
			JsonNode page = phone.pull("thanhvien", cursor, 3);
			Set<UUID> carried = new HashSet<>();
			page.get("households").forEach(h -> {
				UUID id = UUID.fromString(h.get("id").asString());
				carried.add(id);
				copy.put(id, h);
			});
			page.get("removed").forEach(r -> carried.add(UUID.fromString(r.asString())));
			String next = page.get("cursor").asString();
			pages.add(new Page((Cursor.Changes) Cursor.parse(cursor), (Cursor.Changes) Cursor.parse(next), carried));
			cursor = next;
		}
		writers.shutdown();
		assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		for (Future<?> f : done) {
			f.get();
		}

		var from = (Cursor.Changes) Cursor.parse(start);
		var last = pages.get(pages.size() - 1).to();
		record Row(long xid, long seq, UUID household) {
		}
		List<Row> rows = jdbc.sql("""
				select xid::text as xid, seq, household_id from change_log
				where unit_path <@ (select path from admin_unit where code = ?) and xid >= cast(cast(? as text) as xid8)
				""").param(HouseholdFixtures.CA_BAN).param(String.valueOf(from.xid()))
			.query((rs, n) -> new Row(Long.parseLong(rs.getString("xid")), rs.getLong("seq"),
					rs.getObject("household_id", UUID.class)))
			.list().stream().filter(r -> after(r.xid(), r.seq(), from)).toList();
		assertThat(rows.size()).as("changes written meanwhile").isGreaterThanOrEqualTo(36);
		assertThat(rows).allSatisfy(r -> assertThat(after(r.xid(), r.seq(), last)).as("pulled to the end").isFalse());
		for (Row r : rows) {
			List<Page> covering = pages.stream()
				.filter(p -> after(r.xid(), r.seq(), p.from()) && !after(r.xid(), r.seq(), p.to()))
				.toList();
			assertThat(covering).as("pages covering change %s", r).hasSize(1);
			assertThat(covering.get(0).households()).as("the page covering %s carries its household", r)
				.contains(r.household());
		}

		List<JsonNode> fresh = phone.pullAll("thanhvien", null, 500);
		Map<UUID, JsonNode> now = new HashMap<>();
		fresh.forEach(p -> p.get("households").forEach(h -> now.put(UUID.fromString(h.get("id").asString()), h)));
		for (UUID h : households) {
			assertThat(copy.get(h)).as("the phone's copy of %s", h).isEqualTo(now.get(h));
		}
		assertThat(copy.keySet()).containsAll(now.keySet());
	}

	private static boolean after(long xid, long seq, Cursor.Changes c) {
		return xid > c.xid() || (xid == c.xid() && seq > c.seq());
	}
}
