package vn.ngoso.merchants;

import org.jspecify.annotations.Nullable;

/** List filters: a unit's subtree, a kind, a payment method, a name fragment (diacritics ignored). */
public record MerchantFilter(@Nullable Long unitId, @Nullable MerchantKind kind, @Nullable PaymentMethod method,
		@Nullable String q) {
}
