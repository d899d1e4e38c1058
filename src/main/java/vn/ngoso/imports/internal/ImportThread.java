package vn.ngoso.imports.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * One thread runs imports, one after the other: two files touching the same households never
 * race, and a big file does not take the database from everyone else. Not a Spring executor
 * bean on purpose, so the application's own task executor (used by async event listeners) stays
 * as Boot configures it.
 */
@Component
public class ImportThread {

	private final ExecutorService executor;

	ImportThread(ImportProperties properties) {
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(properties.queue()), r -> {
					Thread thread = new Thread(r, "household-import");
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Queues a job. The uploader's security context goes along only so that the audit entries
	 * name them; the job's scope is passed explicitly and never read from it.
	 *
	 * @return false when the queue is full
	 */
	public boolean submit(Runnable job) {
		try {
			executor.execute(new DelegatingSecurityContextRunnable(job, SecurityContextHolder.getContext()));
			return true;
		}
		catch (RejectedExecutionException e) {
			return false;
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdownNow();
		executor.awaitTermination(10, TimeUnit.SECONDS);
	}
}
