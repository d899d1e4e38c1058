package vn.ngoso.imports.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngoso.imports.internal.ImportJobs.ClaimedJob;
import vn.ngoso.platform.cluster.NodeName;

/**
 * This node's share of the imports: it claims a job from the database when one waits (or when
 * the node running one stopped renewing its heartbeat) and runs it on its one import thread.
 * One import at a time across all nodes ({@link ImportJobs#claimNext}): two files touching the
 * same households never race, and a big file does not take the database from everyone else.
 * A node that stops hands its job back; one that dies leaves it to be claimed once its heartbeat
 * is {@code ngoso.imports.stale-after} old. Own threads rather than Spring executors, so the
 * application's task executor (async event listeners) and scheduler stay as Boot configures them.
 */
@Component
public class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private static final Duration PRUNE_EVERY = Duration.ofHours(1);

	private final ImportJobs jobs;

	private final ImportUploads uploads;

	private final ImportRunner runner;

	private final ImportProperties properties;

	private final String node;

	/** Polls and heartbeats. */
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("import-poll"));

	/** The import itself. */
	private final ExecutorService thread = Executors.newSingleThreadExecutor(daemon("household-import"));

	private final AtomicReference<@Nullable UUID> running = new AtomicReference<>();

	private volatile @Nullable UUID lost;

	private volatile boolean stopping;

	private Instant lastPrune = Instant.EPOCH;

	ImportWorker(ImportJobs jobs, ImportUploads uploads, ImportRunner runner, ImportProperties properties, NodeName node) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.runner = runner;
		this.properties = properties;
		this.node = node.get();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long poll = properties.poll().toMillis();
		timer.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.MILLISECONDS);
		long beat = Math.max(100, properties.staleAfter().toMillis() / 4);
		timer.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
	}

	/** Looks for a job now (after an upload to this node), rather than at the next poll. */
	public void nudge() {
		if (!stopping) {
			timer.execute(this::poll);
		}
	}

	/** Whether the job must stop where it is: the node is stopping, or another node took the job over. */
	boolean mustStop(UUID id) {
		return stopping || id.equals(lost);
	}

	private void poll() {
		if (stopping || running.get() != null) {
			return;
		}
		try {
			ClaimedJob job = jobs.claimNext(node, properties.staleAfter()).orElse(null);
			if (job != null) {
				running.set(job.id());
				log.info("Import {} claimed by {}{}", job.id(), node, job.resumed() ? ", run again from its file" : "");
				thread.execute(() -> run(job));
			}
			else if (Instant.now().isAfter(lastPrune.plus(PRUNE_EVERY))) {
				lastPrune = Instant.now();
				uploads.pruneOrphans();
			}
		}
		catch (RuntimeException e) {
			log.warn("Import poll failed on {}", node, e);
		}
	}

	private void run(ClaimedJob job) {
		try {
			runner.run(job, () -> mustStop(job.id()));
		}
		finally {
			running.set(null);
			nudge();
		}
	}

	private void heartbeat() {
		UUID id = running.get();
		if (id == null) {
			return;
		}
		try {
			if (!jobs.heartbeat(id, node)) {
				log.warn("Import {} was taken over by another node: {} stops running it", id, node);
				lost = id;
			}
		}
		catch (RuntimeException e) {
			log.warn("Import heartbeat failed on {}", node, e);
		}
	}

	/** Stops taking jobs and hands the running one back (before the database connections close). */
	@PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		timer.shutdownNow();
		thread.shutdownNow();
		UUID id = running.get();
		if (id != null) {
			jobs.release(id, node);
			log.info("Import {} handed back by {}, which is stopping", id, node);
		}
		thread.awaitTermination(10, TimeUnit.SECONDS);
	}

	private static ThreadFactory daemon(String name) {
		return r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		};
	}
}
