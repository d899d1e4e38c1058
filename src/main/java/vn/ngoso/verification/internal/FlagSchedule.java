package vn.ngoso.verification.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ngoso.platform.cluster.ClusterJobs;
import vn.ngoso.verification.DataFlags;
import vn.ngoso.verification.FlagRun;

/**
 * Computes yesterday's flags every night, Vietnam time, on one node of several ({@link ClusterJobs};
 * off with ngoso.verification.scheduling=false: tests call it).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ngoso.verification.scheduling", havingValue = "true", matchIfMissing = true)
class FlagSchedule {

	private static final Logger log = LoggerFactory.getLogger(FlagSchedule.class);

	private final DataFlags flags;

	private final ClusterJobs jobs;

	FlagSchedule(DataFlags flags, ClusterJobs jobs) {
		this.flags = flags;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${ngoso.verification.flags-cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		jobs.runOnce("verification.flags", Duration.ofHours(1), Duration.ofHours(6), () -> {
			FlagRun run = flags.computeYesterday();
			log.info("Flags computed for {}: {}", run.from(), run.flags());
		});
	}
}
