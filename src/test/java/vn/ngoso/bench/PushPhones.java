package vn.ngoso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.households.Households;
import vn.ngoso.households.NewHousehold;
import vn.ngoso.households.NewResident;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Relation;
import vn.ngoso.platform.Role;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.teams.Sex;

/**
 * Phones pushing visits over HTTP ({@code /api/v1/sync/push}), shared by the push benchmarks:
 * each phone is a member of a hamlet's team with an account, a token and a device id of its own,
 * and a few households of two adults made for it through the services; all phones push their
 * batches at once, one after the other, and every visit must come back applied.
 */
final class PushPhones {

	static final int HOUSEHOLDS_PER_PHONE = 3;

	/** A phone: its member account's token, its device id, its share of its hamlet's households and adults. */
	record Phone(String bearer, UUID device, List<Adult> adults) {
	}

	record Adult(UUID household, UUID resident) {
	}

	/** What one run of every phone's batches did. */
	record Pushed(long visits, long pushes, double seconds, long[] latencies) {

		double visitsPerSecond() {
			return visits / seconds;
		}

		long ms(double quantile) {
			return PushPhones.ms(latencies, quantile);
		}
	}

	private final String base;

	private final JdbcClient jdbc;

	private final Households households;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final SplittableRandom random;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	PushPhones(String base, JdbcClient jdbc, Households households, Accounts accounts, UserDetailsService users,
			SplittableRandom random) {
		this.base = base;
		this.jdbc = jdbc;
		this.households = households;
		this.accounts = accounts;
		this.users = users;
		this.random = random;
	}

	/**
	 * {@code perHamlet} members without an account of each hamlet's team get one ({@code prefix} and a
	 * number) and a token; each phone gets three households of two adults, made as {@code officer}.
	 */
	List<Phone> make(List<Long> hamlets, int perHamlet, String officer, String prefix) throws Exception {
		List<Phone> phones = new ArrayList<>();
		List<Long> members = new ArrayList<>();
		new DemoUsers(users).runAs(officer, () -> {
			for (long hamlet : hamlets) {
				List<Long> ids = jdbc.sql("""
						select m.id from team t join member m on m.team_id = t.id
						where t.unit_id = ? and m.left_on is null
						  and not exists (select 1 from app_user a where a.member_id = m.id)
						order by m.id limit ?
						""").params(hamlet, perHamlet).query(Long.class).list();
				for (long member : ids) {
					List<Adult> adults = new ArrayList<>();
					for (int i = 0; i < HOUSEHOLDS_PER_PHONE; i++) {
						var h = households.create(new NewHousehold(hamlet, f("PC-%d-%d", member, i), f("Số %d, Tổ %d", i + 1, member % 9)));
						for (int r = 0; r < 2; r++) {
							LocalDate born = households.today().minusYears(20 + random.nextInt(50)).minusDays(random.nextInt(365));
							var resident = households.addResident(h.id(), new NewResident(f("Trần Thị %s %c", letters(member * 7 + i), 'A' + r),
									born, null, r == 0 ? Sex.MALE : Sex.FEMALE, r == 0 ? Relation.HEAD : Relation.SPOUSE, null, null, null));
							adults.add(new Adult(h.id(), resident.id()));
						}
					}
					members.add(member);
					phones.add(new Phone(null, UUID.randomUUID(), adults));
				}
			}
		});
		SecurityContextHolder.clearContext();
		List<Phone> signedIn = new ArrayList<>();
		for (int p = 0; p < phones.size(); p++) {
			String username = f("%s%03d", prefix, p);
			accounts.create(new NewUser(username, "demo", "Điện thoại " + p, Role.MEMBER, null, null, members.get(p)));
			signedIn.add(new Phone(token(username), phones.get(p).device(), phones.get(p).adults()));
		}
		return signedIn;
	}

	/** 0 → "Ba", 1 → "Be", … : a name part without digits. */
	static String letters(long n) {
		String consonants = "BCDGHKLMNPSTV";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		do {
			word.append(consonants.charAt((int) (n % consonants.length())));
			n /= consonants.length();
			word.append(vowels.charAt((int) (n % vowels.length())));
			n /= vowels.length();
		}
		while (n > 0);
		return word.substring(0, 1) + word.substring(1).toLowerCase(Locale.ROOT);
	}

	/** Every phone's batches, made before the clock starts: visits of this week, one adult each, two items. */
	private List<List<String>> bodies(List<Phone> phones, int batches, int visitsPerBatch) {
		List<List<String>> all = new ArrayList<>();
		List<ReadinessItem> items = Arrays.asList(ReadinessItem.values());
		for (Phone phone : phones) {
			List<String> mine = new ArrayList<>();
			for (int b = 0; b < batches; b++) {
				List<Map<String, Object>> records = new ArrayList<>();
				for (int v = 0; v < visitsPerBatch; v++) {
					Adult a = phone.adults().get(random.nextInt(phone.adults().size()));
					int first = random.nextInt(items.size());
					Map<String, Object> visit = new LinkedHashMap<>();
					visit.put("householdId", a.household().toString());
					visit.put("date", households.today().minusDays(random.nextInt(7)).toString());
					visit.put("outcomes", List.of(Map.of("residentId", a.resident().toString(), "items",
							List.of(items.get(first).name(), items.get((first + 1) % items.size()).name()))));
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("id", UUID.randomUUID().toString());
					record.put("type", "visit");
					record.put("at", Instant.now().toString());
					record.put("visit", visit);
					records.add(record);
				}
				mine.add(json.writeValueAsString(Map.of("records", records)));
			}
			all.add(mine);
		}
		return all;
	}

	/** Every phone's {@code batches} of {@code visitsPerBatch} visits, all phones at once on the pool (a thread each). */
	Pushed push(ExecutorService pool, List<Phone> phones, int batches, int visitsPerBatch) throws Exception {
		List<List<String>> bodies = bodies(phones, batches, visitsPerBatch);
		long visitsBefore = count("select count(*) from visit");
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong applied = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int p = 0; p < phones.size(); p++) {
			Phone phone = phones.get(p);
			List<String> mine = bodies.get(p);
			done.add(pool.submit(() -> {
				for (String body : mine) {
					long t0 = System.nanoTime();
					var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sync/push"))
						.header("Authorization", phone.bearer()).header("X-Ngoso-Device", phone.device().toString())
						.header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
						.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
					latencies.add(System.nanoTime() - t0);
					if (response.statusCode() != 200) {
						failures.incrementAndGet();
						continue;
					}
					json.readTree(response.body()).get("results")
						.forEach(r -> applied.addAndGet("applied".equals(r.get("status").asString()) ? 1 : 0));
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long written = count("select count(*) from visit") - visitsBefore;
		long sent = (long) phones.size() * batches * visitsPerBatch;
		assertThat(failures.get()).as("pushes answered other than 200").isZero();
		assertThat(applied.get()).as("visits answered applied").isEqualTo(sent);
		assertThat(written).as("visits written").isEqualTo(sent);
		return new Pushed(written, latencies.size(), seconds, latencies.stream().mapToLong(Long::longValue).sorted().toArray());
	}

	static long ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1_000_000;
	}

	private String token(String user) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return "Bearer " + json.readTree(response.body()).get("token").asString();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}
}
