package vn.ngoso.platform.cluster;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node only, whichever fires first (the idea of ShedLock, in one table):
 * a run claims the job's {@code job_lock} row when its {@code locked_until} has passed, and on the
 * way out keeps it at least {@code atLeast} from the start, so that another node firing a little
 * later (clocks a few seconds apart, a slower start) finds it taken. A node that dies while running
 * holds it {@code atMost}. Times are the database's, the one clock every node shares.
 */
@Component
public class ClusterJobs {

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

	private final JdbcClient jdbc;

	private final NodeName node;

	ClusterJobs(JdbcClient jdbc, NodeName node) {
		this.jdbc = jdbc;
		this.node = node;
	}

	/**
	 * Runs the job here if no node holds it; otherwise does nothing.
	 *
	 * @return true when it ran here
	 */
	public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
		if (!claim(name, atMost)) {
			log.debug("Job {} is held by another node: skipped on {}", name, node);
			return false;
		}
		try {
			job.run();
			return true;
		}
		finally {
			release(name, atLeast);
		}
	}

	private boolean claim(String name, Duration atMost) {
		// one statement, so two nodes racing for a new or a free row cannot both win
		return jdbc.sql("""
				insert into job_lock (name, locked_until, locked_by, last_run_at, runs)
				values (:name, now() + cast(:most as interval), :node, now(), 1)
				on conflict (name) do update
				    set locked_until = excluded.locked_until, locked_by = excluded.locked_by,
				        last_run_at = excluded.last_run_at, runs = job_lock.runs + 1
				    where job_lock.locked_until <= now()
				""").param("name", name).param("most", interval(atMost)).param("node", node.get()).update() == 1;
	}

	private void release(String name, Duration atLeast) {
		try {
			jdbc.sql("""
					update job_lock set locked_until = greatest(last_run_at + cast(:least as interval), now())
					where name = :name and locked_by = :node
					""").param("least", interval(atLeast)).param("name", name).param("node", node.get()).update();
		}
		catch (RuntimeException e) {
			// the lock then lapses at its maximum
			log.warn("Could not release job {}", name, e);
		}
	}

	private static String interval(Duration duration) {
		return duration.toMillis() + " milliseconds";
	}
}
