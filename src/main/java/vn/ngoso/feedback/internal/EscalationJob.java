package vn.ngoso.feedback.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ngoso.feedback.Feedbacks;

/** Every hour (and at start), escalates overdue items and closes answers past their reopening window. */
@Component
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final Feedbacks feedbacks;

	private final Clock clock;

	EscalationJob(Feedbacks feedbacks, Clock clock) {
		this.feedbacks = feedbacks;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ngoso.feedback.escalation-delay:PT1M}", fixedDelayString = "${ngoso.feedback.escalation-every:PT1H}")
	void run() {
		int escalated = feedbacks.escalateOverdue(clock.instant());
		if (escalated > 0) {
			log.info("Escalated {} overdue feedback items", escalated);
		}
	}
}
