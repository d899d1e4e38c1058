package vn.ngoso.imports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import job with its progress counts.
 *
 * @param rowsNoticed rows left out with a notice (a person who withdrew consent), neither valid nor invalid
 * @param errorKey message key of why the file was refused or the job failed
 */
public record ImportJob(UUID id, ImportStatus status, String fileName, String uploadedBy, int rowsRead,
		int rowsValid, int rowsInvalid, int rowsNoticed, int householdsCreated, int householdsUpdated, int householdsUnchanged,
		@Nullable String errorKey, @Nullable String errorArg, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	/** When it was uploaded, on Vietnam's clock, for pages. */
	public LocalDateTime createdLocal() {
		return LocalDateTime.ofInstant(createdAt, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	public boolean running() {
		return !status.finished();
	}
}
