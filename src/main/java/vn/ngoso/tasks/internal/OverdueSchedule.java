package vn.ngoso.tasks.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ngoso.tasks.OverdueTasks;

/** Runs the overdue job every night shortly after midnight, Vietnam time (off with ngoso.tasks.overdue-job=false). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ngoso.tasks.overdue-job", havingValue = "true", matchIfMissing = true)
class OverdueSchedule {

	private static final Logger log = LoggerFactory.getLogger(OverdueSchedule.class);

	private final OverdueTasks overdue;

	OverdueSchedule(OverdueTasks overdue) {
		this.overdue = overdue;
	}

	@Scheduled(cron = "${ngoso.tasks.overdue-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		OverdueTasks.Run run = overdue.run();
		log.info("Overdue job: {} tasks marked, {} notifications", run.tasks(), run.notifications());
	}
}
