package vn.ngoso.sync.web;

import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ngoso.sync.BatchTooLarge;
import vn.ngoso.sync.NotAFieldRole;
import vn.ngoso.sync.Pushes;

/** The sync API's own refusals, as RFC 9457 problems in the caller's language. */
@RestControllerAdvice(basePackageClasses = SyncProblems.class)
class SyncProblems {

	private final MessageSource messages;

	SyncProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BatchTooLarge.class)
	ProblemDetail tooLarge(BatchTooLarge e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				text("sync.batch.tooLarge", Pushes.MAX_RECORDS, e.sent()));
		problem.setTitle(text("sync.batch.tooLarge.title"));
		problem.setType(URI.create("https://ngoso.vn/problems/sync-batch-too-large"));
		problem.setProperty("maxRecords", Pushes.MAX_RECORDS);
		problem.setProperty("sent", e.sent());
		return problem;
	}

	@ExceptionHandler(NotAFieldRole.class)
	ProblemDetail notAFieldRole(NotAFieldRole e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("sync.role"));
		problem.setTitle(text("sync.role.title"));
		problem.setType(URI.create("https://ngoso.vn/problems/sync-field-roles-only"));
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
