package vn.ngoso.merchants;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the citizens' page may show of a point: where it is and how it takes payment. Nothing
 * about who entered it or which team helped.
 */
public record PublicMerchant(String name, MerchantKind kind, String address, String unitName,
		@Nullable String marketName, List<PaymentMethod> methods, @Nullable BigDecimal latitude,
		@Nullable BigDecimal longitude) {
}
