package vn.ngoso.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded files in the database ({@code import_upload}, parts of 1 MB), so that whichever node
 * claims a job can read its file, and another can run it again when that node dies. A part at a
 * time both ways: neither the upload nor the copy back holds more than one part in memory. The
 * parts go when the job ends.
 */
@Repository
public class ImportUploads {

	static final int PART_BYTES = 1 << 20;

	private final JdbcClient jdbc;

	ImportUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the stream as the job's file (written before the job row, which is queued after). */
	public void store(UUID jobId, InputStream content) throws IOException {
		try {
			byte[] part;
			int n = 0;
			do {
				part = content.readNBytes(PART_BYTES);
				if (part.length > 0 || n == 0) {
					jdbc.sql("insert into import_upload (job_id, part, bytes) values (?, ?, ?)").params(jobId, n++, part)
						.update();
				}
			}
			while (part.length == PART_BYTES);
		}
		catch (IOException | RuntimeException e) {
			delete(jobId);
			throw e;
		}
	}

	/** Whether the job's file is stored (a job queued before uploads were kept here has none). */
	boolean stored(UUID jobId) {
		return jdbc.sql("select exists (select 1 from import_upload where job_id = ?)").param(jobId).query(Boolean.class)
			.single();
	}

	/** Writes the job's file to a local file for the readers. */
	void copyTo(UUID jobId, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int n = 0;; n++) {
				byte[] part = jdbc.sql("select bytes from import_upload where job_id = ? and part = ?").params(jobId, n)
					.query(byte[].class).optional().orElse(null);
				if (part == null) {
					return;
				}
				out.write(part);
			}
		}
	}

	public void delete(UUID jobId) {
		jdbc.sql("delete from import_upload where job_id = ?").param(jobId).update();
	}

	/** Parts left by an upload cut off before its job was queued (its node stopped), after a day. */
	int pruneOrphans() {
		return jdbc.sql("""
				delete from import_upload u where stored_at < now() - interval '1 day'
				  and not exists (select 1 from import_job j where j.id = u.job_id and j.status in ('QUEUED', 'RUNNING'))
				""").update();
	}
}
