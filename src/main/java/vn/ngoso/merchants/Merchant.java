package vn.ngoso.merchants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An acceptance point as pages and the API show it, with the names of its unit, team and market. */
public record Merchant(UUID id, MerchantKind kind, String name, String address, long unitId, String unitCode, String unitName,
		String unitPath, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, List<PaymentMethod> methods,
		LocalDate startedOn, @Nullable Long teamId, @Nullable String teamName, @Nullable UUID marketId,
		@Nullable String marketName) {
}
