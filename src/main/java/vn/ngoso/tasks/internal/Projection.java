package vn.ngoso.tasks.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Period;

/**
 * Where a figure will be at the end of a period on its current pace: the change since the period
 * began, stretched linearly over the whole period. Before the period there is no pace yet; after
 * it the figure is what it is.
 */
public final class Projection {

	private Projection() {
	}

	/**
	 * @param start the figure when the period began (0 for a flow)
	 * @param current the figure today
	 */
	public static @Nullable BigDecimal at(Period period, LocalDate today, @Nullable BigDecimal start,
			@Nullable BigDecimal current) {
		if (current == null) {
			return null;
		}
		if (today.isBefore(period.firstDay()) || today.isAfter(period.lastDay())) {
			return current;
		}
		long elapsed = ChronoUnit.DAYS.between(period.firstDay(), today) + 1;
		long total = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1;
		BigDecimal from = start == null ? BigDecimal.ZERO : start;
		return from.add(current.subtract(from).multiply(BigDecimal.valueOf(total))
			.divide(BigDecimal.valueOf(elapsed), 1, RoundingMode.HALF_UP));
	}
}
