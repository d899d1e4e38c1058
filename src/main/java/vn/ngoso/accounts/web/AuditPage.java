package vn.ngoso.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngoso.accounts.internal.AuditLogReader;
import vn.ngoso.platform.CurrentScope;

/** The audit log for provincial coordinators and administrators (the URL is limited to them). */
@Controller
class AuditPage {

	static final int PAGE_SIZE = 50;

	private final AuditLogReader reader;

	private final CurrentScope scope;

	AuditPage(AuditLogReader reader, CurrentScope scope) {
		this.reader = reader;
		this.scope = scope;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
		String entityType = type == null || type.isBlank() ? null : type;
		int p = Math.max(0, page);
		var entries = reader.read(scope.get().subtreeFilter(), entityType, p * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", p);
		model.addAttribute("type", entityType);
		return "accounts/audit";
	}
}
