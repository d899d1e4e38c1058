package vn.ngoso.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;

/**
 * Days and months as people type them into the pages' date fields: {@code dd/MM/yyyy} and
 * {@code MM/yyyy}, day first whatever the browser's language, one or two digits for day and month,
 * dashes or dots allowed in place of slashes, spaces around them ignored. ISO ({@code yyyy-MM-dd}, {@code yyyy-MM}, two digits each) is
 * read too,
 * for old bookmarks, links the pages build and clients that send it. Days that do not exist
 * (31/02/2026) are refused.
 */
public final class DateText {

	/** The message shown beside a day field that could not be read. */
	public static final String DAY_INVALID = "date.invalid";

	/** The message shown beside a month field that could not be read. */
	public static final String MONTH_INVALID = "month.invalid";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})");

	private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private DateText() {
	}

	/** The day in {@code text}; null when blank. @throws IllegalArgumentException when unreadable */
	public static @Nullable LocalDate day(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		try {
			Matcher m = DAY_FIRST.matcher(t);
			if (m.matches()) {
				return LocalDate.of(number(m, 4), number(m, 3), number(m, 1));
			}
			m = ISO_DAY.matcher(t);
			if (m.matches()) {
				return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
			}
		}
		catch (DateTimeException e) {
			// 31/02, 13th month: falls through to the refusal
		}
		throw new IllegalArgumentException("not a day: " + text);
	}

	/** The month in {@code text}; null when blank. @throws IllegalArgumentException when unreadable */
	public static @Nullable YearMonth month(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		try {
			Matcher m = MONTH_FIRST.matcher(t);
			if (m.matches()) {
				return YearMonth.of(number(m, 2), number(m, 1));
			}
			m = ISO_MONTH.matcher(t);
			if (m.matches()) {
				return YearMonth.of(number(m, 1), number(m, 2));
			}
		}
		catch (DateTimeException e) {
			// month 13: falls through to the refusal
		}
		throw new IllegalArgumentException("not a month: " + text);
	}

	/** The day in {@code text}, or a refusal naming {@code field}; null when blank. */
	public static @Nullable LocalDate day(String field, @Nullable String text) {
		try {
			return day(text);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of(field, DAY_INVALID);
		}
	}

	/** The month in {@code text}, or a refusal naming {@code field}; null when blank. */
	public static @Nullable YearMonth month(String field, @Nullable String text) {
		try {
			return month(text);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of(field, MONTH_INVALID);
		}
	}

	/** Whether {@code text} is blank or a readable day. */
	public static boolean isDay(@Nullable String text) {
		try {
			day(text);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	public static String show(LocalDate day) {
		return DAY.format(day);
	}

	public static String show(YearMonth month) {
		return MONTH.format(month);
	}

	private static int number(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}
}
