package vn.ngoso.platform;

import java.util.List;
import java.util.Map;

/**
 * Input refused by a business rule. Carries one message key per field so that a page can show
 * it beside the field and the API can name the field in its problem JSON.
 */
public class InvalidInput extends RuntimeException {

	/** Serializable: a page's errors travel in the flash attributes, kept in the shared session table. */
	public record FieldError(String field, String messageKey, Object... args) implements java.io.Serializable {
	}

	private final List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public static InvalidInput of(String field, String messageKey, Object... args) {
		return new InvalidInput(List.of(new FieldError(field, messageKey, args)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	public Map<String, String> firstKeyByField() {
		var map = new java.util.LinkedHashMap<String, String>();
		errors.forEach(e -> map.putIfAbsent(e.field(), e.messageKey()));
		return map;
	}
}
