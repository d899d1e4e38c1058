package vn.ngoso.imports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.imports.internal.ImportJobs.ClaimedJob;
import vn.ngoso.platform.audit.AuditActors;

/**
 * Runs one job from start to end on the import thread: copy its file from the database, stage it,
 * check it, merge it batch by batch. The uploader's scope travels with the job: this thread has no
 * request to take it from, and the node may not be the one the file was uploaded to. A job run
 * again after its node stopped starts from the file: its merged batches are whole households,
 * which the new run finds unchanged. Whatever happens, the staging rows and the local copy are
 * removed at the end, and the stored file when the job has ended.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	/** Thrown between steps when the node stops or lost the job to another. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}
	}

	private final ImportJobs jobs;

	private final ImportUploads uploads;

	private final Staging staging;

	private final Validation validation;

	private final Merge merge;

	private final ImportProperties properties;

	private final Clock clock;

	private final GrowingTables tables;

	ImportRunner(ImportJobs jobs, ImportUploads uploads, Staging staging, Validation validation, Merge merge,
			ImportProperties properties, Clock clock, GrowingTables tables) {
		this.tables = tables;
		this.jobs = jobs;
		this.uploads = uploads;
		this.staging = staging;
		this.validation = validation;
		this.merge = merge;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param mustStop true when the job must stop where it is and be left to another node (checked
	 *        between steps and merge batches)
	 */
	public void run(ClaimedJob job, BooleanSupplier mustStop) {
		// the audit entries name the uploader, on whichever node the job runs
		AuditActors.claim(job.scope().username(), () -> runAs(job, mustStop));
	}

	private void runAs(ClaimedJob job, BooleanSupplier mustStop) {
		UUID id = job.id();
		String fileName = job.fileName();
		Path file = null;
		try {
			if (job.resumed()) {
				jobs.dropStaging(id);
				jobs.restart(id);
			}
			if (!uploads.stored(id)) {
				// queued before files were kept in the database: the file was on a server's disk
				finish(id, ImportStatus.FAILED, "import.interrupted", null);
				return;
			}
			file = Files.createTempFile("ngoso-import-", ".upload");
			uploads.copyTo(id, file);
			long start = System.nanoTime();
			LocalDate today = LocalDate.now(clock);
			int rows = staging.stage(id, file, job.scope(), today, read -> jobs.rowsRead(id, read));
			if (rows == 0) {
				finish(id, ImportStatus.REFUSED, "import.file.noRows", null);
				return;
			}
			check(mustStop);
			long staged = System.nanoTime();
			Validation.Outcome checked = validation.run(id, properties.batchHouseholds(), today);
			jobs.validated(id, checked.valid(), checked.invalid(), checked.noticed());
			long validated = System.nanoTime();
			GrowingTables.Watch growth = tables.watch(properties.batchHouseholds());
			for (int batch = 0; batch < checked.batches(); batch++) {
				check(mustStop);
				growth.written(merge.batch(id, batch, fileName, checked.batchRows(), today).created());
			}
			finish(id, ImportStatus.DONE, null, null);
			log.info("Import {} of {}: {} rows staged in {} ms, checked in {} ms, merged in {} batches ({}) in {} ms", id,
					fileName, rows, (staged - start) / 1_000_000, (validated - staged) / 1_000_000, checked.batches(),
					checked.batchRows() == BatchRows.SPAN ? "rows by span" : "rows by index",
					(System.nanoTime() - validated) / 1_000_000);
		}
		catch (BadFile e) {
			finish(id, ImportStatus.REFUSED, e.messageKey(), e.arg());
		}
		catch (Exception e) {
			if (mustStop.getAsBoolean()) {
				// stopped mid-step (an interrupted read, a closed connection): the job is another node's now
				log.info("Import {} of {} stopped on this node, left to another", id, fileName);
			}
			else {
				log.error("Import {} of {} failed", id, fileName, e);
				finish(id, ImportStatus.FAILED, "import.failed", null);
			}
		}
		finally {
			delete(file);
		}
	}

	private static void check(BooleanSupplier mustStop) {
		if (mustStop.getAsBoolean()) {
			throw new Stopped();
		}
	}

	/**
	 * The staged rows go before the job is marked finished: whoever sees it finished (a page
	 * polling, a test) never finds its rows still there. Then its stored file.
	 */
	private void finish(UUID id, ImportStatus status, @Nullable String messageKey, @Nullable String arg) {
		try {
			jobs.dropStaging(id);
		}
		catch (RuntimeException e) {
			// the job's outcome stands; its leftover rows go with the next job's truncate
			log.warn("Could not drop the staged rows of import {}", id, e);
		}
		jobs.finish(id, status, messageKey, arg);
		uploads.delete(id);
	}

	private static void delete(@Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the local copy {} of an upload", file, e);
		}
	}
}
