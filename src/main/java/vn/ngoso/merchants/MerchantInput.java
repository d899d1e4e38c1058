package vn.ngoso.merchants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A point to create or change, as a form, the API or a spreadsheet row gives it. Kind and methods
 * are text so that an unknown one is answered by name, not as an unreadable body. A stall
 * without a unit takes its market's.
 *
 * @param id made by the client if it likes (a retry with the same id changes nothing); else made here
 */
public record MerchantInput(@Nullable UUID id, @Nullable String kind, @Nullable String name, @Nullable String address,
		@Nullable Long unitId, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
		@Nullable List<String> methods, @Nullable LocalDate startedOn, @Nullable Long teamId,
		@Nullable UUID marketId) {
}
