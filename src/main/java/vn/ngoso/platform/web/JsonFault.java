package vn.ngoso.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import vn.ngoso.platform.ControlCharacters;

/**
 * Why a JSON value could not be read, as the API tells it: the property at fault
 * ({@code birthDate}, {@code affiliations[1]}, {@code body} when the JSON itself is malformed)
 * and a message key. Shared by the problem answers and by the sync API, which reads a batch
 * record by record.
 */
public record JsonFault(String field, String messageKey) {

	/** The fault behind an exception thrown while reading JSON (found in its causes). */
	public static JsonFault of(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
				return new JsonFault(field(mapping), messageKey(mapping));
			}
		}
		return new JsonFault("body", "error.unreadableBody");
	}

	private static String field(DatabindException mapping) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : mapping.getPath()) {
			if (ref.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}

	private static String messageKey(DatabindException mapping) {
		return mapping instanceof InvalidFormatException format && format.getValue() instanceof String text
				&& ControlCharacters.in(text) ? ControlCharacters.MESSAGE_KEY : "error.unreadableBody";
	}
}
