package vn.ngoso.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.platform.cluster.ClusterJobs;

/**
 * Every hour (and a minute after start), escalates overdue items and closes answers past their
 * reopening window, on one node of several: a run holds the job for nine tenths of the period
 * ({@link ClusterJobs}), so nodes started at different times do not each run it every hour.
 */
@Component
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final Feedbacks feedbacks;

	private final Clock clock;

	private final ClusterJobs jobs;

	private final Duration every;

	EscalationJob(Feedbacks feedbacks, Clock clock, ClusterJobs jobs,
			@Value("${ngoso.feedback.escalation-every:PT1H}") Duration every) {
		this.feedbacks = feedbacks;
		this.clock = clock;
		this.jobs = jobs;
		this.every = every;
	}

	@Scheduled(initialDelayString = "${ngoso.feedback.escalation-delay:PT1M}", fixedDelayString = "${ngoso.feedback.escalation-every:PT1H}")
	void run() {
		jobs.runOnce("feedback.escalation", every.multipliedBy(9).dividedBy(10), every, () -> {
			int escalated = feedbacks.escalateOverdue(clock.instant());
			if (escalated > 0) {
				log.info("Escalated {} overdue feedback items", escalated);
			}
		});
	}
}
