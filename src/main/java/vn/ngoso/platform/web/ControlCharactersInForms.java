package vn.ngoso.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.ngoso.platform.ControlCharacters;

/**
 * Every text bound from a request (form field, query or form parameter, path variable) of every
 * controller goes through {@link ControlCharacters}. A refused one is a type mismatch: on a form
 * object it is a field error with the codes {@code typeMismatch.java.lang.String} (the message
 * beside the field); on a parameter a {@code MethodArgumentTypeMismatchException}, answered 400
 * by {@link ApiProblems} and {@link PageErrors}.
 */
@ControllerAdvice
class ControlCharactersInForms {

	@InitBinder
	void checkText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CheckedText());
	}

	/** Takes the text as it is (no trimming: that stays each form's choice), or refuses it. */
	static final class CheckedText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && ControlCharacters.in(text)) {
				throw new IllegalArgumentException("control character");
			}
			setValue(text);
		}
	}
}
