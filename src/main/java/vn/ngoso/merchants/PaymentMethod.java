package vn.ngoso.merchants;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.SearchText;

/** How a point takes payment without cash. */
public enum PaymentMethod {
	CARD("Thẻ tín dụng"), ATM_CARD("Thẻ ATM"), VIETQR("VietQR"), MOBILE_MONEY("Mobile Money"), E_WALLET("Ví điện tử");

	private final String vietnamese;

	PaymentMethod(String vietnamese) {
		this.vietnamese = vietnamese;
	}

	public String vietnamese() {
		return vietnamese;
	}

	/** By code ({@code VIETQR}) or by its Vietnamese name, with or without diacritics. */
	public static Optional<PaymentMethod> parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = SearchText.fold(text);
		return Arrays.stream(values())
			.filter(m -> m.name().equalsIgnoreCase(text.strip()) || SearchText.fold(m.vietnamese).equals(folded))
			.findFirst();
	}
}
