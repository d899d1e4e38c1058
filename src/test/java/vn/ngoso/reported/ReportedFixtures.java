package vn.ngoso.reported;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngoso.support.UniqueValues;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitType;

/**
 * Reported values made the way officers make them, through {@link ReportedValues} signed in as
 * a demo user. Every value made here (or handed to {@link #track}) is deleted again by
 * {@link #cleanUp()}, so that no approved value of a test reaches another test's figures.
 */
public final class ReportedFixtures {

	private final ReportedValues values;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final List<UUID> made = new ArrayList<>();

	public ReportedFixtures(ReportedValues values, UserDetailsService users, JdbcClient jdbc, Territory territory) {
		this.values = values;
		this.users = users;
		this.jdbc = jdbc;
		this.territory = territory;
	}

	/** Runs {@code work} signed in as the demo user. */
	public <T> T as(String username, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	public void as(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	public static ReportedEntry entry(String unitCode, String indicator, YearMonth from, YearMonth to, String value) {
		return new ReportedEntry(unitCode, indicator, from, to, new BigDecimal(value), null);
	}

	public UUID draft(String author, ReportedEntry entry) {
		return track(as(author, () -> values.enter(entry)));
	}

	public UUID submitted(String author, ReportedEntry entry) {
		UUID id = draft(author, entry);
		as(author, () -> values.submit(id, null));
		return id;
	}

	public UUID approved(String author, String approver, ReportedEntry entry) {
		UUID id = submitted(author, entry);
		as(approver, () -> values.approve(id, null));
		return id;
	}

	public UUID track(UUID id) {
		made.add(id);
		return id;
	}

	public ReportedValue get(String username, UUID id) {
		return as(username, () -> values.get(id));
	}

	/** The id of the unit with this code, in the 2024 tree the demo lives in. */
	public long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? order by valid_from limit 1").param(code)
			.query(Long.class).single();
	}

	/** A new hamlet under the commune, made by the provincial officer. */
	public AdminUnit newHamlet(String communeCode) {
		return as("tinh", () -> territory.createHamlet(unitId(communeCode), "Ấp Số Liệu " + UniqueValues.word(), UnitType.AP));
	}

	/** Deletes every value made or tracked here, with its history. */
	public void cleanUp() {
		if (!made.isEmpty()) {
			jdbc.sql("delete from reported_value where id = any(?)").param(new SqlArrayValue("uuid", made.toArray()))
				.update();
			made.clear();
		}
	}

	public long count() {
		return jdbc.sql("select count(*) from reported_value").query(Long.class).single();
	}
}
