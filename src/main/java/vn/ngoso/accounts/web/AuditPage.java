package vn.ngoso.accounts.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngoso.accounts.internal.AuditLogReader;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.audit.AuditActors;
import vn.ngoso.platform.web.VietnamTime;

/** The audit log for provincial coordinators and administrators (the URL is limited to them). */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	private final AuditLogReader reader;

	private final CurrentScope scope;

	private final AuditChanges changes;

	private final MessageSource messages;

	private final VietnamTime time;

	AuditPage(AuditLogReader reader, CurrentScope scope, AuditChanges changes, MessageSource messages, VietnamTime time) {
		this.reader = reader;
		this.scope = scope;
		this.changes = changes;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		String entityType = type == null || type.isBlank() ? null : type;
		int p = Math.max(0, page);
		var entries = reader.read(scope.get().subtreeFilter(), entityType, p * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).map(e -> line(e, locale)).toList());
		model.addAttribute("types", AuditVocabulary.TYPES.stream()
			.map(t -> new Option(t, label("audit.type.", t, locale))).toList());
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", p);
		model.addAttribute("type", entityType);
		return "accounts/audit";
	}

	record Option(String value, String label) {
	}

	private AuditLine line(AuditLogReader.Entry e, Locale locale) {
		boolean system = AuditActors.ALL.contains(e.actor());
		String who = system ? label("audit.actor.", e.actor(), locale) : e.actorName() != null ? e.actorName() : e.actor();
		return new AuditLine(time.format(e.at()), who, system ? null : e.actor(), system,
				label("audit.type.", e.entityType(), locale), label("audit.action.", e.action(), locale), e.entityId(),
				e.address(), changes.between(e.before(), e.after(), locale));
	}

	/** A code nobody labelled yet shows as itself, never as {@code ??key??}; a test keeps the list labelled. */
	private String label(String prefix, String code, Locale locale) {
		return messages.getMessage(prefix + code, null, code, locale);
	}
}
