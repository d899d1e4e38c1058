package vn.ngoso.tasks.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ngoso.platform.cluster.ClusterJobs;
import vn.ngoso.tasks.OverdueTasks;

/**
 * Runs the overdue job every night shortly after midnight, Vietnam time, on one node of several
 * ({@link ClusterJobs}; off with ngoso.tasks.overdue-job=false).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ngoso.tasks.overdue-job", havingValue = "true", matchIfMissing = true)
class OverdueSchedule {

	private static final Logger log = LoggerFactory.getLogger(OverdueSchedule.class);

	static final String JOB = "tasks.overdue";

	private final OverdueTasks overdue;

	private final ClusterJobs jobs;

	OverdueSchedule(OverdueTasks overdue, ClusterJobs jobs) {
		this.overdue = overdue;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${ngoso.tasks.overdue-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		jobs.runOnce(JOB, Duration.ofHours(1), Duration.ofHours(6), () -> {
			OverdueTasks.Run run = overdue.run();
			log.info("Overdue job: {} tasks marked, {} notifications", run.tasks(), run.notifications());
		});
	}
}
