package vn.ngoso.reported.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ngoso.reported.ReportedImport;

/**
 * Problem JSON for what only reported values refuse: an import with row errors (400, each error
 * with its row and column). A step the caller may not take is platform's {@code NotAllowed}, a 403
 * answered centrally.
 */
@RestControllerAdvice(assignableTypes = ReportedApi.class)
class ReportedProblems {

	private final MessageSource messages;

	ReportedProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ReportedApi.ImportRefused.class)
	ProblemDetail importRefused(ReportedApi.ImportRefused e) {
		ReportedImport result = e.result;
		String detail = result.fileError() != null ? text(result.fileError(), result.fileErrorArgs())
				: text("reported.import.errors", result.errors().size());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(text("error.invalid"));
		problem.setType(URI.create("https://ngoso.vn/problems/invalid-file"));
		List<Map<String, Object>> errors = result.errors().stream()
			.map(r -> Map.<String, Object>of("row", r.line(), "column", r.field(), "message",
					text(r.messageKey(), r.args().toArray())))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
