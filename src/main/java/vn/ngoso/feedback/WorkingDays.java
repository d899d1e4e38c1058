package vn.ngoso.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Working days: Monday to Friday, except the days off in the holiday table (Tết and the other
 * public holidays, as data). The table is small and changes only by migration, so it is read once.
 */
@Service
public class WorkingDays {

	private final JdbcClient jdbc;

	private volatile @Nullable Set<LocalDate> holidays;

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays().contains(day);
	}

	/**
	 * The deadline for something received on {@code day}: the {@code days}-th working day after
	 * it (the day of receipt does not count, whatever kind of day it is).
	 */
	public LocalDate after(LocalDate day, int days) {
		LocalDate d = day;
		int left = days;
		while (left > 0) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	private Set<LocalDate> holidays() {
		Set<LocalDate> known = holidays;
		if (known == null) {
			known = Set.copyOf(jdbc.sql("select day from holiday").query(LocalDate.class).list());
			holidays = known;
		}
		return known;
	}
}
