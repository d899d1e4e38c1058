package vn.ngoso.outreach.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.ngoso.platform.InvalidInput;

/** A refusal's messages by field, in the page's language, for the forms to show beside each input. */
final class FieldMessages {

	private FieldMessages() {
	}

	static Map<String, String> of(InvalidInput e, MessageSource messages) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (var error : e.errors()) {
			byField.putIfAbsent(error.field(),
					messages.getMessage(error.messageKey(), error.args(), LocaleContextHolder.getLocale()));
		}
		return byField;
	}
}
