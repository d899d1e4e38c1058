package vn.ngoso.reported.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values as people read them in the page's language: {@code 1.351.439} and {@code 99,9%} in
 * Vietnamese, {@code 1,351,439} and {@code 99.9%} in English. Used by the templates as
 * {@code @reportedNumbers}.
 */
@Component("reportedNumbers")
public class ReportedNumbers {

	public String format(BigDecimal value, boolean percent) {
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(2);
		return format.format(value) + (percent ? "%" : "");
	}
}
