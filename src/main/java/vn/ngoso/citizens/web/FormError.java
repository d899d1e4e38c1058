package vn.ngoso.citizens.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of a refused form's error summary: the message and the id of the input it links to.
 *
 * @param inputId the id of the input in the page (the link's target)
 * @param messageKey the message to show
 */
public record FormError(String inputId, String messageKey) {

	/**
	 * The errors in the order the fields appear on the form, each linked to its input.
	 *
	 * @param inputIds field name → input id, in the form's order; fields not listed are left out
	 */
	static List<FormError> inFormOrder(Map<String, String> errorsByField, Map<String, String> inputIds) {
		List<FormError> list = new ArrayList<>();
		inputIds.forEach((field, inputId) -> {
			String key = errorsByField.get(field);
			if (key != null) {
				list.add(new FormError(inputId, key));
			}
		});
		return list;
	}
}
