package vn.ngoso.platform.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput;

/**
 * A form object's binding errors as field errors, for the forms that show an {@link InvalidInput}
 * beside their fields: a text refused by {@link ControlCharacters} gets its message, any other
 * day or month typed wrong the dates' ({@link DateText}), any other value that could not be bound
 * (a number typed wrong) the form's own.
 */
public final class BindingErrors {

	private BindingErrors() {
	}

	public static InvalidInput of(BindingResult binding, String otherwiseKey) {
		return new InvalidInput(binding.getFieldErrors().stream()
			.map(e -> new InvalidInput.FieldError(e.getField(), key(e, otherwiseKey)))
			.toList());
	}

	private static String key(FieldError error, String otherwiseKey) {
		if (ControlCharacters.inAny(error.getRejectedValue())) {
			return ControlCharacters.MESSAGE_KEY;
		}
		List<String> codes = error.getCodes() == null ? List.of() : Arrays.asList(error.getCodes());
		if (codes.contains("typeMismatch.java.time.LocalDate")) {
			return DateText.DAY_INVALID;
		}
		return codes.contains("typeMismatch.java.time.YearMonth") ? DateText.MONTH_INVALID : otherwiseKey;
	}
}
