package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.ngoso.figures.FigureValue;

/**
 * Figures as people read them, in the page's language: {@code 1.351.439} and {@code 99,9%} in
 * Vietnamese ({@code 1,351,439} and {@code 99.9%} in English), dates {@code dd/MM/yyyy HH:mm} in
 * Vietnam's time, and "chưa có dữ liệu" for an unknown value.
 */
public final class ValueFormat {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Locale locale;

	private final MessageSource messages;

	private final DecimalFormatSymbols symbols;

	public ValueFormat(Locale locale, MessageSource messages) {
		this.locale = locale;
		this.messages = messages;
		this.symbols = DecimalFormatSymbols.getInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
				: Locale.forLanguageTag("vi"));
	}

	public Locale locale() {
		return locale;
	}

	public String count(@Nullable Number value) {
		if (value == null) {
			return noData();
		}
		return new DecimalFormat("#,##0", symbols).format(value);
	}

	/** A percentage with one decimal ({@code 45,0%}). */
	public String percent(@Nullable BigDecimal value) {
		if (value == null) {
			return noData();
		}
		return new DecimalFormat("#,##0.0", symbols).format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
	}

	/** A target as the decision states it ({@code 80%}, {@code 50%}). */
	public String target(BigDecimal value) {
		return new DecimalFormat("#,##0.#", symbols).format(value) + "%";
	}

	/** A target's value: a percentage as the decision states it, or a count. */
	public String target(BigDecimal value, boolean percent) {
		return percent ? target(value) : new DecimalFormat("#,##0.#", symbols).format(value);
	}

	/**
	 * Where a target comes from, with its year and value: "Quyết định 411/QĐ-TTg (2025): 80%",
	 * "Chỉ tiêu tỉnh 2026: 60%".
	 */
	public String targetLabel(vn.ngoso.indicators.IndicatorTarget t, boolean percent) {
		String value = target(t.value(), percent);
		String year = String.valueOf(t.year());
		if (t.national()) {
			return text("goal.source.national", t.basis() == null ? text("goal.level.0") : t.basis(), year, value);
		}
		return text("goal.source.unit", text("goal.level." + t.unitLevel()), year, value);
	}

	public String value(FigureValue value, boolean percent) {
		return percent ? percent(value.value()) : count(value.value());
	}

	/** "Cập nhật lúc 28/11/2025 21:05", or that it never changed. */
	public String updated(@Nullable Instant changedAt) {
		if (changedAt == null) {
			return text("dashboard.updated.never");
		}
		return text("dashboard.updated", dateTime(changedAt));
	}

	public String dateTime(Instant instant) {
		return DATE_TIME.format(instant.atZone(VIETNAM));
	}

	public String month(YearMonth month) {
		return PeriodChoice.monthText(month);
	}

	public String noData() {
		return text("dashboard.noData");
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
