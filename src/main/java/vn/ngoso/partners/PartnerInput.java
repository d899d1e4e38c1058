package vn.ngoso.partners;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partner to register; the kind as text so that an unknown one is answered by name. */
public record PartnerInput(@Nullable String name, @Nullable String kind, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, @Nullable List<Long> unitIds) {
}
