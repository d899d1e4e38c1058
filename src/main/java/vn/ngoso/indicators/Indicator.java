package vn.ngoso.indicators;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the catalogue. Names and definitions are in the messages
 * ({@code indicator.CODE.name}, {@code indicator.CODE.definition}, Vietnamese and English).
 *
 * @param percent whether the value is a percentage (rates) rather than a count
 * @param numerator for a tracked rate: the stock counted
 * @param denominator for a tracked rate: the stock it is counted over
 * @param target the national target for 2025 (Decision 411/QĐ-TTg), as a percentage, if any
 */
public record Indicator(String code, Source source, Measure measure, boolean percent, @Nullable String numerator,
		@Nullable String denominator, @Nullable BigDecimal target) {

	public boolean tracked() {
		return source.tracked();
	}

	public boolean reported() {
		return !tracked();
	}

	public String nameKey() {
		return "indicator." + code + ".name";
	}

	public String definitionKey() {
		return "indicator." + code + ".definition";
	}
}
