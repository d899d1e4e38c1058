package vn.ngoso.figures;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the catalogue. Names and definitions are in the messages
 * ({@code indicator.CODE.name}, {@code indicator.CODE.definition}, Vietnamese and English). The
 * targets (national defaults and each unit's own) are data, kept by the indicators module.
 *
 * @param percent whether the value is a percentage (rates) rather than a count
 * @param numerator for a tracked rate: the stock counted
 * @param denominator for a tracked rate: the stock it is counted over
 */
public record Indicator(String code, Source source, Measure measure, boolean percent, @Nullable String numerator,
		@Nullable String denominator) {

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
