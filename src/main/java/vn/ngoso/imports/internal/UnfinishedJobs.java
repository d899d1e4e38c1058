package vn.ngoso.imports.internal;

import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngoso.imports.ImportStatus;

/**
 * A job still queued or running when the server starts was cut off by a stop or a crash. Its
 * merged batches are whole households; it is marked failed so the officer imports the file
 * again, which finishes the rest and leaves the merged part unchanged.
 */
@Component
class UnfinishedJobs {

	private final ImportJobs jobs;

	UnfinishedJobs(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		for (UUID id : jobs.unfinished()) {
			jobs.dropStaging(id);
			jobs.finish(id, ImportStatus.FAILED, "import.interrupted", null);
		}
	}
}
