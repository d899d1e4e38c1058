package vn.ngoso.platform.web;

import org.springframework.validation.BindingResult;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput;

/**
 * A form object's binding errors as field errors, for the forms that show an {@link InvalidInput}
 * beside their fields: a text refused by {@link ControlCharacters} gets its message, any other
 * value that could not be bound (a number or a date typed wrong) the form's own.
 */
public final class BindingErrors {

	private BindingErrors() {
	}

	public static InvalidInput of(BindingResult binding, String otherwiseKey) {
		return new InvalidInput(binding.getFieldErrors().stream()
			.map(e -> new InvalidInput.FieldError(e.getField(),
					ControlCharacters.inAny(e.getRejectedValue()) ? ControlCharacters.MESSAGE_KEY : otherwiseKey))
			.toList());
	}
}
