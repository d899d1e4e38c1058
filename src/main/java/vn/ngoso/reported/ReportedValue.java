package vn.ngoso.reported;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Period;

/** A reported value as the caller may see it. */
public record ReportedValue(UUID id, long unitId, String unitCode, String unitName, String unitPath, String indicator,
		boolean percent, YearMonth from, YearMonth to, BigDecimal value, @Nullable String note, ReportedStatus status,
		String enteredBy, Instant enteredAt, Instant updatedAt, @Nullable Instant submittedAt,
		@Nullable String decidedBy, @Nullable Instant decidedAt) {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/** {@code 03/2024}, or {@code 01/2024 – 12/2024} for a span. */
	public String periodLabel() {
		return label(from, to);
	}

	public static String label(YearMonth from, YearMonth to) {
		return from.equals(to) ? from.format(MONTH) : from.format(MONTH) + " – " + to.format(MONTH);
	}

	public Period period() {
		return new Period(from, to);
	}

	public LocalDateTime enteredLocal() {
		return LocalDateTime.ofInstant(enteredAt, VIETNAM);
	}

	public @Nullable LocalDateTime decidedLocal() {
		return decidedAt == null ? null : LocalDateTime.ofInstant(decidedAt, VIETNAM);
	}
}
