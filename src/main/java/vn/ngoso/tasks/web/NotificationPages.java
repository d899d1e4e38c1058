package vn.ngoso.tasks.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.ngoso.tasks.Notifications;

/** The notification list; reading it does not mark anything, the button does. */
@Controller
class NotificationPages {

	private final Notifications notifications;

	NotificationPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", notifications.mine());
		return "tasks/notifications";
	}

	@PostMapping("/notifications/read")
	String read() {
		notifications.markAllRead();
		return "redirect:/notifications";
	}
}
