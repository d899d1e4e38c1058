package vn.ngoso.feedback.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.feedback.FeedbackItem;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.web.HomeSection;

/**
 * An agency officer's home is their inbox: the open items, those past their deadline as of today
 * first, then by deadline.
 */
@Component
class AgencyHomeSection implements HomeSection {

	static final int SHOWN = 10;

	private final Feedbacks feedbacks;

	AgencyHomeSection(Feedbacks feedbacks) {
		this.feedbacks = feedbacks;
	}

	record Inbox(List<FeedbackItem> first, int open, long overdue, LocalDate today) {
	}

	@Override
	public Optional<Part> partFor(Scope scope) {
		if (scope.role() != Role.AGENCY) {
			return Optional.empty();
		}
		LocalDate today = feedbacks.today();
		List<FeedbackItem> open = feedbacks.inbox(true).stream()
			.sorted(Comparator.comparing((FeedbackItem i) -> !i.overdue(today)).thenComparing(FeedbackItem::dueOn)
				.thenComparing(FeedbackItem::receivedAt))
			.toList();
		long overdue = open.stream().filter(i -> i.overdue(today)).count();
		return Optional.of(new Part(10, "feedback/home-inbox",
				new Inbox(open.subList(0, Math.min(SHOWN, open.size())), open.size(), overdue, today)));
	}
}
