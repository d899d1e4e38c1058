package vn.ngoso.sync.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the change log to {@code ngoso.sync.retention-days} (30 by default), every night. A phone
 * whose cursor is older than that pulls its working set whole again, which costs one first pull.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChangeLogPruning {

	private static final Logger log = LoggerFactory.getLogger(ChangeLogPruning.class);

	private final ChangeFeed feed;

	private final int days;

	ChangeLogPruning(ChangeFeed feed, @Value("${ngoso.sync.retention-days:30}") int days) {
		this.feed = feed;
		this.days = days;
	}

	@Scheduled(cron = "${ngoso.sync.prune-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public void prune() {
		int removed = feed.prune(days);
		if (removed > 0) {
			log.info("Change log: {} rows older than {} days pruned", removed, days);
		}
	}
}
