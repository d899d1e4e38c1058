package vn.ngoso.partners;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner as the caller may see it: the contact's phone is masked below commune level.
 *
 * @param units the units it covers
 */
public record Partner(UUID id, String name, PartnerKind kind, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, List<CoveredUnit> units) {

	public record CoveredUnit(long id, String code, String name, String path) {
	}
}
