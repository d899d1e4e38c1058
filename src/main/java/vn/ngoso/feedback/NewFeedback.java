package vn.ngoso.feedback;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A feedback item as submitted. The contact is optional and kept only with the citizen's
 * consent (personal data, Law 91/2025/QH15); lat/long are optional and must lie in Vietnam.
 *
 * @param published whether anyone may read the description and the answer (masked): the citizen's
 *        choice, or a staff member's mark on what they write down
 */
public record NewFeedback(@Nullable String category, @Nullable String description, @Nullable Long unitId,
		@Nullable BigDecimal lat, @Nullable BigDecimal lon, @Nullable String contactName, @Nullable String contactPhone,
		boolean consent, Channel channel, boolean published) {
}
