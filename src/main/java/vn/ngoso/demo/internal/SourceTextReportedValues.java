package vn.ngoso.demo.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.reported.ReportedEntry;
import vn.ngoso.reported.ReportedValues;

/**
 * The figures of the source text that only the agencies know (police, State Bank branch, the
 * 1022 system, the app's operator, the Youth Union, the service centre, the People's Committee
 * office), for Long An and 2024. They go in the way a user
 * puts them in: the provincial officer ({@code tinh}) enters and submits each one, the
 * administrator (the level above a province) approves it. The cashless acceptance points are no
 * longer among them: the generator makes them as records of the merchants module.
 */
@Component
public class SourceTextReportedValues {

	public static final String PROVINCE = "80";

	public static final YearMonth FROM = YearMonth.of(2024, 1);

	public static final YearMonth TO = YearMonth.of(2024, 12);

	/** Indicator code → the source text's figure. */
	public static final Map<String, BigDecimal> VALUES = values();

	private final ReportedValues reported;

	private final UserDetailsService users;

	private final TransactionTemplate tx;

	SourceTextReportedValues(ReportedValues reported, UserDetailsService users, TransactionTemplate tx) {
		this.reported = reported;
		this.users = users;
		this.tx = tx;
	}

	private static Map<String, BigDecimal> values() {
		Map<String, BigDecimal> v = new LinkedHashMap<>();
		v.put("VNEID_DOSSIERS", new BigDecimal("1351439"));
		v.put("VNEID_ACTIVATED", new BigDecimal("975628"));
		v.put("BANK_ACCOUNTS_15", new BigDecimal("2275567"));
		v.put("APP_USERS", new BigDecimal("406800"));
		v.put("APP_YOUTH_UNION", new BigDecimal("23673"));
		v.put("SERVICE_DESK_ACCOUNTS", new BigDecimal("58000"));
		v.put("DOSSIERS_ON_TIME", new BigDecimal("99.9"));
		return Map.copyOf(v);
	}

	/** Enters, submits and approves every value; the number approved. */
	public int enterAndApprove() {
		List<UUID> ids = as("tinh", () -> {
			List<UUID> entered = new ArrayList<>();
			VALUES.forEach((code, value) -> {
				UUID id = reported.enter(new ReportedEntry(PROVINCE, code, FROM, TO, value, "Báo cáo năm 2024 của tỉnh Long An"));
				reported.submit(id, null);
				entered.add(id);
			});
			return entered;
		});
		as("admin", () -> {
			ids.forEach(id -> reported.approve(id, "Đã đối chiếu với báo cáo của tỉnh"));
			return null;
		});
		return ids.size();
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return tx.execute(status -> work.get());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
