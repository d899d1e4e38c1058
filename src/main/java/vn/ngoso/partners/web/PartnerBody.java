package vn.ngoso.partners.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.partners.PartnerInput;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitReference;

/** A partner to register, as an API client sends it: the units it covers by official code. */
record PartnerBody(@Nullable String name, @Nullable String kind, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, @Nullable List<String> unitCodes,
		@Schema(deprecated = true, description = "deprecated: use unitCodes (the official codes); accepted until the"
				+ " next release") @Nullable List<Long> unitIds) {

	/** The command, each code resolved; a code not found is refused naming {@code unitCodes}. */
	PartnerInput toInput(Territory territory) {
		if (unitCodes == null || unitCodes.isEmpty()) {
			return new PartnerInput(name, kind, contactName, contactPhone, contactEmail, unitIds);
		}
		List<Long> ids = new ArrayList<>(unitIds == null ? List.of() : unitIds);
		for (String code : unitCodes) {
			Long id = territory.idOf(UnitReference.body("unitCodes", "unitIds", code, null));
			if (id != null) {
				ids.add(id);
			}
		}
		return new PartnerInput(name, kind, contactName, contactPhone, contactEmail, ids);
	}

	/** The module speaks of {@code unitIds}; a client is told about {@code unitCodes}, unless it sent ids alone. */
	InvalidInput inRequestTerms(InvalidInput e) {
		if ((unitCodes == null || unitCodes.isEmpty()) && unitIds != null) {
			return e;
		}
		return new InvalidInput(e.errors().stream()
			.map(err -> err.field().equals("unitIds") ? new InvalidInput.FieldError("unitCodes", err.messageKey(), err.args())
					: err)
			.toList());
	}
}
