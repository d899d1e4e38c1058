package vn.ngoso.feedback;

import java.util.Locale;

/** A kind of feedback (data, not code) and its deadline in working days. */
public record Category(String code, String name, String nameEn, int deadlineDays) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
