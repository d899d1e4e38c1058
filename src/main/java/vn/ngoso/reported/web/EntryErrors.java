package vn.ngoso.reported.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;

/**
 * Joins the errors of text that could not be read (a month, a number) with the service's: where a
 * field could not be read, its own message wins over the service's "missing".
 */
final class EntryErrors {

	private EntryErrors() {
	}

	static InvalidInput merge(List<FieldError> parsing, InvalidInput service, Map<String, String> rename) {
		Set<String> unreadable = parsing.stream().map(FieldError::field).collect(Collectors.toSet());
		List<FieldError> all = new ArrayList<>(parsing);
		for (FieldError e : service.errors()) {
			String field = rename.getOrDefault(e.field(), e.field());
			if (!unreadable.contains(field)) {
				all.add(new FieldError(field, e.messageKey(), e.args()));
			}
		}
		return new InvalidInput(all);
	}
}
