package vn.ngoso.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.RecordKind;

/**
 * The feedback tests' helpers: the demo's places (Ấp Cả Bản in Tuyên Bình, a hamlet elsewhere in
 * Vĩnh Hưng, one in another district), submitting as a citizen, acting as a demo account, and
 * removing what a test made (through the live figures, so they stay exact).
 */
public final class FeedbackFixtures {

	private final JdbcClient jdbc;

	private final Feedbacks feedbacks;

	private final UserDetailsService users;

	private final TransactionTemplate tx;

	private final Figures figures;

	private final List<String> references = new ArrayList<>();

	public FeedbackFixtures(JdbcClient jdbc, Feedbacks feedbacks, UserDetailsService users, TransactionTemplate tx,
			Figures figures) {
		this.jdbc = jdbc;
		this.feedbacks = feedbacks;
		this.users = users;
		this.tx = tx;
		this.figures = figures;
	}

	public long caBan() {
		return jdbc.sql("select id from admin_unit where name = 'Ấp Cả Bản'").query(Long.class).single();
	}

	/** A hamlet of another commune of Huyện Vĩnh Hưng: only the district has routes there. */
	public long hamletElsewhereInVinhHung() {
		return jdbc.sql("""
				select h.id from admin_unit h join admin_unit c on c.id = h.parent_id join admin_unit d on d.id = c.parent_id
				where h.level = 4 and d.code = '797' and c.code <> '27781' order by h.id limit 1
				""").query(Long.class).single();
	}

	/** A hamlet outside Vĩnh Hưng: only the province's routes apply. */
	public long hamletInAnotherDistrict() {
		return jdbc.sql("""
				select h.id from admin_unit h join admin_unit c on c.id = h.parent_id join admin_unit d on d.id = c.parent_id
				where h.level = 4 and d.code = '798' order by h.id limit 1
				""").query(Long.class).single();
	}

	public PublicFeedback submit(String category, long unitId, String description) {
		return submit(new NewFeedback(category, description, unitId, null, null, null, null, false, Channel.WEB, false));
	}

	public PublicFeedback submit(NewFeedback input) {
		PublicFeedback created = feedbacks.submit(input);
		track(created.reference());
		return created;
	}

	public void track(String reference) {
		references.add(reference);
	}

	public UUID idOf(String reference) {
		return jdbc.sql("select id from feedback where reference = ?").param(reference).query(UUID.class).single();
	}

	/** Moves the item's answer back in time, as if it had been given {@code days} days ago. */
	public void answeredDaysAgo(String reference, int days) {
		jdbc.sql("update feedback set answered_at = now() - make_interval(days => ?) where reference = ?")
			.params(days, reference).update();
	}

	public <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("feedback", "feedback_event", "audit_log", "feedback_route")) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	public Instant now() {
		return Instant.now();
	}

	/** Deletes the items the test made, moving the figures back with them. */
	public void removeAll() {
		List<UUID> ids = jdbc.sql("select id from feedback where reference = any(?)")
			.param(references.toArray(new String[0])).query(UUID.class).list();
		references.clear();
		if (ids.isEmpty()) {
			return;
		}
		tx.executeWithoutResult(s -> figures.change(FigureScope.records(RecordKind.FEEDBACK, ids), () -> {
			jdbc.sql("delete from feedback_event where feedback_id in (:ids)").param("ids", ids).update();
			jdbc.sql("delete from feedback where id in (:ids)").param("ids", ids).update();
		}));
	}
}
