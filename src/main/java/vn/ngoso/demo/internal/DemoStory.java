package vn.ngoso.demo.internal;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.ngoso.indicators.IndicatorTargets;
import vn.ngoso.territory.Reorganisations;
import vn.ngoso.territory.ShippedPlan;

/**
 * Whether the demo tells the true story: Long An 2022–2024, then the 2025 reorganisation applied
 * as data on 01/07/2025 (the shipped plan, through the machinery a province uses), and today's
 * activity on Tây Ninh's tree. Off in the test profile, whose ~100 test files are written
 * against the Long An 2024 tree; {@code DemoStoryTest} tests the story in a database of its own.
 */
@Component
class DemoStory {

	/** The new Xã Tuyên Bình (old Tuyên Bình, Tuyên Bình Tây and parts of three others). */
	static final String NEW_COMMUNE = "27775";

	private final boolean told;

	private final JdbcClient jdbc;

	private final Reorganisations reorganisations;

	private final UserDetailsService users;

	private final IndicatorTargets targets;

	DemoStory(@Value("${ngoso.demo-reorganise:true}") boolean told, JdbcClient jdbc, Reorganisations reorganisations,
			UserDetailsService users, IndicatorTargets targets) {
		this.told = told;
		this.targets = targets;
		this.jdbc = jdbc;
		this.reorganisations = reorganisations;
		this.users = users;
	}

	boolean told() {
		return told;
	}

	/** The commune of the Cả Bản team today. */
	String commune() {
		return told ? NEW_COMMUNE : DemoData.CA_BAN_COMMUNE;
	}

	/** The name of the province today. */
	String province() {
		return told ? "Tây Ninh" : "Long An";
	}

	/** Applies the shipped Long An → Tây Ninh plan, signed in as the demo's administrator. */
	void reorganise() {
		as("admin", () -> reorganisations.apply(ShippedPlan.longAnToTayNinh()));
	}

	/**
	 * Tây Ninh's own target under Plan 01-KH/BCĐTW ("Bình dân học vụ số"): at least 60% of adults
	 * meeting the standard by 2026, set by the province's officer as any province would.
	 */
	void provinceTargets() {
		long tayNinh = today("80").unitId();
		as("tinh", () -> {
			targets.set(tayNinh, "DIGITAL_LITERACY_RATE", "2026", "60",
					"Tây Ninh: ít nhất 60% người trưởng thành đạt chuẩn phổ cập kiến thức chuyển đổi số (Kế hoạch 01-KH/BCĐTW)");
			return null;
		});
	}

	/** A unit of the tree in force today (a code may have been reused: the newest version). */
	DemoOperations.Place today(String code) {
		return jdbc.sql("""
				select id, path::text, province_code from admin_unit where code = ? and valid_to is null
				order by valid_from desc limit 1
				""").param(code)
			.query((rs, n) -> new DemoOperations.Place(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
	}

	<T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
