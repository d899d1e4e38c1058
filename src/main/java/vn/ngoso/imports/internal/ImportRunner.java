package vn.ngoso.imports.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.platform.Scope;

/**
 * Runs one job from start to end on the import thread: stage the file, check it, merge it batch
 * by batch. The uploader's scope travels with the job: this thread has no request to take it from.
 * Whatever happens, the staging rows and the uploaded file are removed at the end.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final Staging staging;

	private final Validation validation;

	private final Merge merge;

	private final ImportProperties properties;

	private final Clock clock;

	private final GrowingTables tables;

	ImportRunner(ImportJobs jobs, Staging staging, Validation validation, Merge merge, ImportProperties properties,
			Clock clock, GrowingTables tables) {
		this.tables = tables;
		this.jobs = jobs;
		this.staging = staging;
		this.validation = validation;
		this.merge = merge;
		this.properties = properties;
		this.clock = clock;
	}

	public void run(UUID id, Path file, String fileName, Scope scope) {
		jobs.running(id);
		try {
			long start = System.nanoTime();
			LocalDate today = LocalDate.now(clock);
			int rows = staging.stage(id, file, scope, today, read -> jobs.rowsRead(id, read));
			if (rows == 0) {
				finish(id, ImportStatus.REFUSED, "import.file.noRows", null);
				return;
			}
			long staged = System.nanoTime();
			Validation.Outcome checked = validation.run(id, properties.batchHouseholds(), today);
			jobs.validated(id, checked.valid(), checked.invalid(), checked.noticed());
			long validated = System.nanoTime();
			GrowingTables.Watch growth = tables.watch(properties.batchHouseholds());
			for (int batch = 0; batch < checked.batches(); batch++) {
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
			log.error("Import {} of {} failed", id, fileName, e);
			finish(id, ImportStatus.FAILED, "import.failed", null);
		}
		finally {
			delete(file);
		}
	}

	/**
	 * The staged rows go before the job is marked finished: whoever sees it finished (a page
	 * polling, a test) never finds its rows still there.
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
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the uploaded file {}", file, e);
		}
	}
}
