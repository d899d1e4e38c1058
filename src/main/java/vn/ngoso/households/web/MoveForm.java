package vn.ngoso.households.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.MoveHousehold;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;

/** The move form's two fields as the browser sends them: text, read here so a bad one is named. */
final class MoveForm {

	private MoveForm() {
	}

	static MoveHousehold parse(@Nullable String unitId, @Nullable String movedOn) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		Long unit = null;
		if (unitId != null && !unitId.isBlank()) {
			try {
				unit = Long.valueOf(unitId.strip());
			}
			catch (NumberFormatException e) {
				errors.add(new InvalidInput.FieldError("unitId", "household.unit.unknown"));
			}
		}
		LocalDate day = null;
		try {
			day = DateText.day(movedOn);
		}
		catch (IllegalArgumentException e) {
			errors.add(new InvalidInput.FieldError("movedOn", DateText.DAY_INVALID));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new MoveHousehold(unit, day);
	}
}
