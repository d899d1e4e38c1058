package vn.ngoso.verification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ngoso.verification.DataFlags;
import vn.ngoso.verification.FlagRun;

/** Computes yesterday's flags every night, Vietnam time (off with ngoso.verification.scheduling=false: tests call it). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ngoso.verification.scheduling", havingValue = "true", matchIfMissing = true)
class FlagSchedule {

	private static final Logger log = LoggerFactory.getLogger(FlagSchedule.class);

	private final DataFlags flags;

	FlagSchedule(DataFlags flags) {
		this.flags = flags;
	}

	@Scheduled(cron = "${ngoso.verification.flags-cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
	void nightly() {
		FlagRun run = flags.computeYesterday();
		log.info("Flags computed for {}: {}", run.from(), run.flags());
	}
}
