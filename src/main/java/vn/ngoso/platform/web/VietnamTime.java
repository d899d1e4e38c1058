package vn.ngoso.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Moments as a person in Vietnam reads them: {@code dd/MM/yyyy HH:mm} in Asia/Ho_Chi_Minh,
 * whatever the server's zone. Templates call it as {@code ${@vietnamTime.format(x)}}; a
 * timestamp from the database is an instant, and formatting it directly would show UTC.
 */
@Component("vietnamTime")
public class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	/** An instant, offset or zoned time in Vietnam time; a local time or date as it is. */
	public String format(@Nullable TemporalAccessor time) {
		if (time == null) {
			return "";
		}
		if (time instanceof Instant i) {
			return DATE_TIME.format(i.atZone(ZONE));
		}
		if (time instanceof OffsetDateTime o) {
			return DATE_TIME.format(o.atZoneSameInstant(ZONE));
		}
		if (time instanceof ZonedDateTime z) {
			return DATE_TIME.format(z.withZoneSameInstant(ZONE));
		}
		if (time instanceof LocalDate d) {
			return DATE.format(d);
		}
		return DATE_TIME.format(time);
	}

	/** An instant's time of day to the second in Vietnam, {@code 14:05:09}; empty for none. */
	public String clock(@Nullable Instant time) {
		return time == null ? "" : CLOCK.format(time.atZone(ZONE));
	}
}
