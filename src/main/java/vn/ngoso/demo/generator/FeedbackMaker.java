package vn.ngoso.demo.generator;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ngoso.feedback.WorkingDays;

/**
 * The year's feedback for the source text's "2,330 received, handled and answered via 1022":
 * items received in 2024 on working days, mostly through the 1022 hotline, spread over the
 * hamlets, routed as the routing table says, each with its deadline in working days and a first
 * answer in 2024 (about one in seven late), closed since. Seeded, so the same seed writes the
 * same items. Written straight into the tables (the figures are recomputed afterwards).
 */
public final class FeedbackMaker {

	/** The source text's figure for Long An, 2024. */
	public static final int LONG_AN_2024 = 2330;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String[] CATEGORIES = { "PUBLIC_SERVICES", "VNEID", "NETWORK", "ONLINE_PAYMENT", "PROVINCIAL_APP",
			"OTHER" };

	private static final int[] WEIGHTS = { 35, 25, 12, 10, 10, 8 };

	private static final int[] DEADLINE_DAYS = { 10, 7, 10, 7, 5, 15 };

	private static final String[] CHANNELS = { "HOTLINE", "HOTLINE", "HOTLINE", "HOTLINE", "HOTLINE", "HOTLINE", "HOTLINE",
			"VISIT", "WEB", "API" };

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final LocalDate LAST_ANSWER = LocalDate.of(2024, 12, 31);

	private final JdbcTemplate jdbc;

	private final WorkingDays workingDays;

	private final long seed;

	public FeedbackMaker(JdbcTemplate jdbc, WorkingDays workingDays, long seed) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.seed = seed;
	}

	/** The province's 2,330 scaled to a slice of {@code hamlets} out of {@code of}. */
	public static int countFor(int hamlets, int of) {
		return (int) Math.round((double) LONG_AN_2024 * hamlets / of);
	}

	/** Removes what an earlier run wrote (its items carry the generator's receipt event). */
	public void removeGenerated() {
		jdbc.update("""
				with g as (select feedback_id from feedback_event where actor = 'generator'),
				     e as (delete from feedback_event where feedback_id in (select feedback_id from g))
				delete from feedback where id in (select feedback_id from g)
				""");
	}

	/** Writes {@code count} items over these hamlets; returns how many. */
	public int make(List<HamletRef> hamlets, int count) {
		Random random = new Random(seed ^ 0x1022L);
		Set<String> references = new HashSet<>();
		List<Object[]> items = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		LocalDate first = LocalDate.of(2024, 1, 2);
		for (int i = 0; i < count; i++) {
			HamletRef hamlet = hamlets.get(random.nextInt(hamlets.size()));
			int c = category(random);
			LocalDate received = first.plusDays(random.nextInt(345));
			while (!workingDays.isWorkingDay(received)) {
				received = received.plusDays(1);
			}
			LocalDate due = workingDays.after(received, DEADLINE_DAYS[c]);
			LocalDate answered = random.nextInt(7) == 0 ? due.plusDays(1 + random.nextInt(5))
					: workingDays.after(received, 1 + random.nextInt(DEADLINE_DAYS[c]));
			if (answered.isAfter(LAST_ANSWER)) {
				answered = LAST_ANSWER;
			}
			Timestamp receivedAt = at(received, 7 * 60 + 30 + random.nextInt(9 * 60));
			Timestamp answeredAt = at(answered, 8 * 60 + random.nextInt(8 * 60));
			if (!answeredAt.after(receivedAt)) {
				answeredAt = new Timestamp(receivedAt.getTime() + 3_600_000L);
			}
			Timestamp closedAt = Timestamp.valueOf(answeredAt.toLocalDateTime().plusDays(7));
			UUID id = new UUID(random.nextLong(), random.nextLong());
			items.add(new Object[] { id, reference(random, references), CATEGORIES[c], CHANNELS[random.nextInt(CHANNELS.length)],
					CATEGORIES[c], receivedAt, due, due, answeredAt, answeredAt, closedAt, closedAt, hamlet.id() });
			events.add(new Object[] { id, receivedAt });
		}
		jdbc.batchUpdate("""
				insert into feedback (id, reference, category, description, unit_id, unit_path, province_code, channel, status,
				    agency_id, received_at, first_due_on, due_on, first_answered_at, answered_at, answer, closed_at, updated_at)
				select ?, ?, ?, 'Phản ánh qua hệ thống 1022 (dữ liệu sinh)', h.id, h.path, h.province_code, ?, 'CLOSED',
				    (select r.agency_id from feedback_route r join admin_unit u on u.id = r.unit_id
				     where r.category = ? and u.path @> h.path order by nlevel(u.path) desc limit 1),
				    ?, ?, ?, ?, ?, 'Đã trả lời qua hệ thống 1022.', ?, ?
				from admin_unit h where h.id = ?
				""", items);
		jdbc.batchUpdate("""
				insert into feedback_event (feedback_id, at, actor, action, status, note)
				values (?, ?, 'generator', 'RECEIVE', 'RECEIVED', 'HOTLINE')
				""", events);
		return items.size();
	}

	private static int category(Random random) {
		int r = random.nextInt(100);
		for (int c = 0; c < WEIGHTS.length; c++) {
			r -= WEIGHTS[c];
			if (r < 0) {
				return c;
			}
		}
		return WEIGHTS.length - 1;
	}

	private static Timestamp at(LocalDate day, int minuteOfDay) {
		LocalDateTime local = day.atStartOfDay().plusMinutes(minuteOfDay);
		return Timestamp.from(local.atZone(VIETNAM).toInstant());
	}

	private static String reference(Random random, Set<String> taken) {
		String reference;
		do {
			StringBuilder s = new StringBuilder("PA-");
			for (int i = 0; i < 8; i++) {
				if (i == 4) {
					s.append('-');
				}
				s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			reference = s.toString();
		}
		while (!taken.add(reference));
		return reference;
	}
}
