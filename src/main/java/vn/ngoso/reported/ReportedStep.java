package vn.ngoso.reported;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One step in the life of a reported value: entered, edited, submitted, approved or rejected, by
 * whom, when, with which comment, and the value and months it had then.
 */
public record ReportedStep(String action, ReportedStatus status, String actor, Instant at, @Nullable String comment,
		BigDecimal value, YearMonth from, YearMonth to) {

	public String periodLabel() {
		return ReportedValue.label(from, to);
	}

	public LocalDateTime atLocal() {
		return LocalDateTime.ofInstant(at, ZoneId.of("Asia/Ho_Chi_Minh"));
	}
}
