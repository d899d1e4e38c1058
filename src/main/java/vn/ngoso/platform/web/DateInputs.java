package vn.ngoso.platform.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where forms' days and months are read and written ({@link DateText}): every
 * {@code LocalDate} or {@code YearMonth} a page binds is read day first, so an officer's browser
 * set to English changes nothing, and a form object shows its dates as {@code dd/MM/yyyy}. Text
 * that is not a date is a binding error ({@code typeMismatch}) the form shows beside its field.
 * The templates' fragment {@code fragments/dates} calls {@link #day(Object)} and
 * {@link #month(Object)} for the value it shows. JSON bodies are read by Jackson and keep ISO.
 */
@Configuration(proxyBeanMethods = false)
public class DateInputs implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new Formatter<LocalDate>() {
			@Override
			public LocalDate parse(String text, Locale locale) {
				LocalDate day = DateText.day(text);
				if (day == null) {
					throw new IllegalArgumentException("blank");
				}
				return day;
			}

			@Override
			public String print(LocalDate day, Locale locale) {
				return DateText.show(day);
			}
		});
		registry.addFormatter(new Formatter<YearMonth>() {
			@Override
			public YearMonth parse(String text, Locale locale) {
				YearMonth month = DateText.month(text);
				if (month == null) {
					throw new IllegalArgumentException("blank");
				}
				return month;
			}

			@Override
			public String print(YearMonth month, Locale locale) {
				return DateText.show(month);
			}
		});
	}

	/**
	 * A field's value as shown: when the field was refused, the text that was sent, so the officer
	 * corrects what they typed; otherwise {@code value}.
	 */
	public @Nullable Object shown(String name, @Nullable Object value, boolean invalid) {
		if (invalid && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			String typed = request.getRequest().getParameter(name);
			return typed == null ? value : typed;
		}
		return value;
	}

	/** A day field's value as shown: a date as dd/MM/yyyy, ISO text turned round, other text as typed. */
	public String day(@Nullable Object value) {
		if (value instanceof LocalDate day) {
			return DateText.show(day);
		}
		String text = value == null ? "" : value.toString();
		try {
			LocalDate day = DateText.day(text);
			return day == null ? "" : DateText.show(day);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}

	/** A month field's value as shown: MM/yyyy, or the text as typed when it is not a month. */
	public String month(@Nullable Object value) {
		if (value instanceof YearMonth month) {
			return DateText.show(month);
		}
		String text = value == null ? "" : value.toString();
		try {
			YearMonth month = DateText.month(text);
			return month == null ? "" : DateText.show(month);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}
}
