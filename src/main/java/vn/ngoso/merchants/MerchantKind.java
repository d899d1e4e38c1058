package vn.ngoso.merchants;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.SearchText;

/**
 * What kind of acceptance point, each with the tracked indicator it counts in. Stalls are
 * counted on their own: the report counts markets, not the stalls inside them.
 */
public enum MerchantKind {
	COMMERCIAL_CENTRE("Trung tâm thương mại", "CASHLESS_COMMERCIAL_CENTRES"),
	SUPERMARKET("Siêu thị", "CASHLESS_SUPERMARKETS"),
	CONVENIENCE_STORE("Cửa hàng tiện lợi", "CASHLESS_CONVENIENCE_STORES"),
	MARKET("Chợ", "CASHLESS_MARKETS"),
	MARKET_STALL("Sạp trong chợ", "CASHLESS_MARKET_STALLS");

	private final String vietnamese;

	private final String indicator;

	MerchantKind(String vietnamese, String indicator) {
		this.vietnamese = vietnamese;
		this.indicator = indicator;
	}

	/** The name used in spreadsheets (as the template lists it). */
	public String vietnamese() {
		return vietnamese;
	}

	public String indicator() {
		return indicator;
	}

	/** By code ({@code SUPERMARKET}) or by its Vietnamese name, with or without diacritics. */
	public static Optional<MerchantKind> parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = SearchText.fold(text);
		return Arrays.stream(values())
			.filter(k -> k.name().equalsIgnoreCase(text.strip()) || SearchText.fold(k.vietnamese).equals(folded))
			.findFirst();
	}
}
