package vn.ngoso.sync.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.platform.cluster.ClusterJobs;

/**
 * Keeps the change log to {@code ngoso.sync.retention-days} (30 by default), every night. A phone
 * whose cursor is older than that pulls its working set whole again, which costs one first pull.
 * One node of several prunes ({@link ClusterJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChangeLogPruning {

	private static final Logger log = LoggerFactory.getLogger(ChangeLogPruning.class);

	private final ChangeFeed feed;

	private final int days;

	private final ClusterJobs jobs;

	private final TransactionTemplate transaction;

	ChangeLogPruning(ChangeFeed feed, @Value("${ngoso.sync.retention-days:30}") int days, ClusterJobs jobs,
			PlatformTransactionManager transactions) {
		this.feed = feed;
		this.days = days;
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${ngoso.sync.prune-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	public void prune() {
		// the claim commits on its own, before the pruning's transaction: the other nodes see it at once
		jobs.runOnce("sync.prune", Duration.ofHours(1), Duration.ofHours(6), () -> {
			Integer removed = transaction.execute(status -> feed.prune(days));
			if (removed != null && removed > 0) {
				log.info("Change log: {} rows older than {} days pruned", removed, days);
			}
		});
	}
}
