package vn.ngoso.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.ngoso.imports.internal.ErrorReport;
import vn.ngoso.imports.internal.ImportJobs;
import vn.ngoso.imports.internal.ImportJobs.StoredError;
import vn.ngoso.imports.internal.ImportProperties;
import vn.ngoso.imports.internal.ImportUploads;
import vn.ngoso.imports.internal.ImportWorker;
import vn.ngoso.imports.internal.TemplateFiles;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Scope;

/**
 * Imports of households and residents for officers (commune level and up), each limited to the
 * officer's subtree: rows for communes outside it are reported as unknown hamlets, and jobs
 * started elsewhere are not found. A job runs on whichever node claims it ({@link ImportWorker}),
 * with the scope it was started with.
 */
@Service
public class HouseholdImports {

	private final ImportJobs jobs;

	private final ImportUploads uploads;

	private final ImportWorker worker;

	private final ImportProperties properties;

	private final ErrorReport report;

	private final CurrentScope currentScope;

	private final MessageSource messages;

	HouseholdImports(ImportJobs jobs, ImportUploads uploads, ImportWorker worker, ImportProperties properties,
			ErrorReport report, CurrentScope currentScope, MessageSource messages) {
		this.jobs = jobs;
		this.uploads = uploads;
		this.worker = worker;
		this.properties = properties;
		this.report = report;
		this.currentScope = currentScope;
		this.messages = messages;
	}

	/**
	 * Stores the upload in the database, where every node can read it (the request's copy goes when
	 * the request ends), and queues it; this node looks for it at once. When {@code queue} jobs
	 * already wait, on all nodes, the job is recorded as failed (busy) instead.
	 */
	public ImportJob start(String fileName, InputStream content) throws IOException {
		Scope scope = officer();
		UUID id = UUID.randomUUID();
		String name = fileName.isBlank() ? "tệp" : fileName.strip();
		if (jobs.queued() >= properties.queue()) {
			jobs.insert(id, ImportStatus.FAILED, name, scope);
			jobs.finish(id, ImportStatus.FAILED, "import.busy", null);
			return job(id);
		}
		uploads.store(id, content);
		jobs.insert(id, ImportStatus.QUEUED, name, scope);
		worker.nudge();
		return job(id);
	}

	public ImportJob job(UUID id) {
		Scope scope = officer();
		return jobs.find(id)
			.filter(j -> scope.isAdmin() || j.scopePath() != null && scope.coversUnitPath(j.scopePath()))
			.map(ImportJobs.StoredJob::job)
			.orElseThrow(() -> new NotFound("import.notFound", id));
	}

	public List<ImportJob> recent(int limit) {
		return jobs.recent(officer().subtreeFilter(), limit);
	}

	/** The first row errors, in row order, in the caller's language. */
	public List<RowError> errors(UUID id, int limit, Locale locale) {
		job(id);
		return jobs.errors(id, false, limit).stream().map(e -> text(e, locale)).toList();
	}

	public int errorCount(UUID id) {
		job(id);
		return jobs.errorCount(id, false);
	}

	/** The first row notices (rows left out while their household was imported), in row order. */
	public List<RowError> notices(UUID id, int limit, Locale locale) {
		job(id);
		return jobs.errors(id, true, limit).stream().map(e -> text(e, locale)).toList();
	}

	public int noticeCount(UUID id) {
		job(id);
		return jobs.errorCount(id, true);
	}

	public void writeReport(UUID id, Locale locale, OutputStream out) throws IOException {
		job(id);
		report.write(id, e -> text(e, locale), locale, out);
	}

	/** Why a file was refused or a job failed, in the caller's language; null if neither. */
	public @Nullable String problem(ImportJob job, Locale locale) {
		return job.errorKey() == null ? null
				: messages.getMessage(job.errorKey(), new Object[] { job.errorArg() }, job.errorKey(), locale);
	}

	public static byte[] templateXlsx() {
		return TemplateFiles.xlsx();
	}

	public static byte[] templateCsv() {
		return TemplateFiles.csv();
	}

	private RowError text(StoredError e, Locale locale) {
		String column = e.column().header();
		if (locale.getLanguage().equals("en")) {
			column = messages.getMessage("import.column." + e.column().name(), null, column, locale);
		}
		// an argument of several values keeps them apart with the unit separator
		Object[] args = e.messageArg() == null ? new Object[] { null } : e.messageArg().split("\u001f");
		return new RowError(e.rowNo(), column, e.value(), messages.getMessage(e.messageKey(), args, e.messageKey(), locale),
				e.notice());
	}

	/** Refuses (as not found) anyone below commune officer. */
	public void requireOfficer() {
		officer();
	}

	private Scope officer() {
		return currentScope.officer("imports");
	}
}
