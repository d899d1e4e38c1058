package vn.ngoso.teams.web;

import org.springframework.validation.BindingResult;
import vn.ngoso.platform.InvalidInput;

/** Puts a service's field errors on the form so each shows beside its field. */
final class FormErrors {

	private FormErrors() {
	}

	static void copy(InvalidInput e, BindingResult binding) {
		for (var error : e.errors()) {
			if (binding.getFieldType(error.field()) != null) {
				binding.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
			}
			else {
				binding.reject(error.messageKey(), error.args(), error.messageKey());
			}
		}
	}
}
