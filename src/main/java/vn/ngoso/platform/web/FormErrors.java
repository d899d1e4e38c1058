package vn.ngoso.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.InvalidInput;

/**
 * The one way a page shows a service's refusal ({@link InvalidInput}): beside each field of a
 * bound form, as texts by field for a page that builds its own form, or as the flash message of a
 * Post/Redirect/Get.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Each error beside its field on the bound form, or above the form when the form has no such field. */
	public static void onForm(InvalidInput e, BindingResult binding) {
		for (var error : e.errors()) {
			if (binding.getFieldType(error.field()) != null) {
				binding.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
			}
			else {
				binding.reject(error.messageKey(), error.args(), error.messageKey());
			}
		}
	}

	/** Field → the first error's text in the page's language, with its arguments; empty for none. */
	public static Map<String, String> byField(@Nullable InvalidInput e, MessageSource messages) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (e != null) {
			for (var error : e.errors()) {
				texts.putIfAbsent(error.field(), messages.getMessage(error.messageKey(), error.args(), error.messageKey(),
						LocaleContextHolder.getLocale()));
			}
		}
		return texts;
	}

	/** The first error as the page's flash message after the redirect. */
	public static void flash(InvalidInput e, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", e.errors().get(0).messageKey());
	}
}
