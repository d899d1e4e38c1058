package vn.ngoso.outreach;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput.FieldError;

/** The checks sessions and desk days share: dates within the teams' time, counts, free text. */
final class OperationRules {

	/** Nothing is recorded from before the teams began (pilot guide of March 2022). */
	static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);

	static final int MAX_TEXT = 2000;

	private OperationRules() {
	}

	static @Nullable Integer count(String field, @Nullable Integer value, boolean required, List<FieldError> errors) {
		if (value == null) {
			if (required) {
				errors.add(new FieldError(field, "operations.count.required"));
			}
			return null;
		}
		if (value < 0) {
			errors.add(new FieldError(field, "operations.count.negative"));
			return null;
		}
		return value;
	}

	static @Nullable String text(String field, @Nullable String value, int max, List<FieldError> errors) {
		if (value == null) {
			return null;
		}
		String stripped = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
		if (stripped.length() > max) {
			errors.add(new FieldError(field, "operations.text.tooLong", max));
		}
		return stripped.isEmpty() ? null : stripped;
	}

	static void notBeforeTeams(String field, LocalDate date, List<FieldError> errors) {
		if (date.isBefore(EARLIEST)) {
			errors.add(new FieldError(field, "operations.date.tooOld"));
		}
	}
}
