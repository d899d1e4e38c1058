package vn.ngoso.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.imports.ImportJob;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;

/**
 * The job rows and their row errors and notices (a notice reports a row left out without
 * skipping its household). Each write is its own short statement, outside the merge.
 */
@Repository
public class ImportJobs {

	/** A job with the subtree it was started in, to check who may see it. */
	public record StoredJob(ImportJob job, @Nullable String scopePath) {
	}

	/** A row error or notice as stored: message key and argument, turned into text by the reader's locale. */
	public record StoredError(int rowNo, Column column, @Nullable String value, String messageKey,
			@Nullable String messageArg, boolean notice) {
	}

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job claimed by this node: what it needs to run, wherever it was uploaded. */
	public record ClaimedJob(UUID id, String fileName, Scope scope, boolean resumed) {
	}

	/** Records a job: QUEUED once its file is stored ({@link ImportUploads}), or already ended. */
	public void insert(UUID id, ImportStatus status, String fileName, Scope uploader) {
		jdbc.sql("""
				insert into import_job (id, status, file_name, uploaded_by, scope_path, scope_role, scope_unit_id)
				values (?, ?, ?, ?, cast(? as ltree), ?, ?)
				""").params(id, status.name(), fileName, uploader.username(), uploader.subtreeFilter(), uploader.role().name(),
						uploader.unitId())
			.update();
	}

	/** Jobs waiting for a node, on every node. */
	public int queued() {
		return jdbc.sql("select count(*) from import_job where status = 'QUEUED'").query(Integer.class).single();
	}

	/**
	 * Claims the oldest job waiting, or running on a node whose heartbeat is older than
	 * {@code staleAfter} (it died), unless a job is running on a live node: one import at a time
	 * across the nodes, as on one, so two files touching the same households never race. The
	 * advisory lock makes that check and the claim one step for all nodes.
	 */
	@Transactional
	public Optional<ClaimedJob> claimNext(String node, Duration staleAfter) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('import_job claim'))").query((rs, n) -> 1).list();
		String stale = staleAfter.toMillis() + " milliseconds";
		return jdbc.sql("""
				with next as (
				    select id, claimed_by from import_job
				    where (status = 'QUEUED' or status = 'RUNNING'
				           and (heartbeat_at is null or heartbeat_at < now() - cast(:stale as interval)))
				      and not exists (select 1 from import_job r where r.status = 'RUNNING'
				                      and r.heartbeat_at >= now() - cast(:stale as interval))
				    order by created_at limit 1
				    for update skip locked)
				update import_job j set status = 'RUNNING', claimed_by = :node, heartbeat_at = now(),
				    started_at = coalesce(j.started_at, now())
				from next where j.id = next.id
				returning j.id, j.file_name, j.uploaded_by, j.scope_path::text as scope, j.scope_role, j.scope_unit_id,
				    next.claimed_by as previous
				""").param("stale", stale).param("node", node).query((rs, n) -> {
					String path = rs.getString("scope");
					String role = rs.getString("scope_role");
					// jobs queued before the role was kept: the path alone says admin (none) or an officer
					Role scopeRole = role != null ? Role.valueOf(role) : path == null ? Role.ADMIN : Role.COMMUNE;
					long unit = rs.getLong("scope_unit_id");
					Scope scope = new Scope(rs.getString("uploaded_by"), scopeRole, rs.wasNull() ? null : unit, path, null, null);
					return new ClaimedJob(rs.getObject("id", UUID.class), rs.getString("file_name"), scope,
							rs.getString("previous") != null);
				}).optional();
	}

	/** Keeps the claim alive; false when the job is no longer this node's (another took it over). */
	boolean heartbeat(UUID id, String node) {
		return jdbc.sql("update import_job set heartbeat_at = now() where id = ? and claimed_by = ? and status = 'RUNNING'")
			.params(id, node).update() == 1;
	}

	/** A stopping node hands its job back: the next node to poll runs it again from the file. */
	void release(UUID id, String node) {
		jdbc.sql("""
				update import_job set status = 'QUEUED', heartbeat_at = null
				where id = ? and claimed_by = ? and status = 'RUNNING'
				""").params(id, node).update();
	}

	/**
	 * A job run again from its file after its node stopped: what the first run counted and found
	 * goes (it is found again). Its merged batches are whole households, which the new run finds
	 * unchanged.
	 */
	void restart(UUID id) {
		jdbc.sql("delete from import_error where import_id = ?").param(id).update();
		jdbc.sql("""
				update import_job set rows_read = 0, rows_valid = 0, rows_invalid = 0, rows_noticed = 0,
				    households_created = 0, households_updated = 0, households_unchanged = 0
				where id = ?
				""").param(id).update();
	}

	void rowsRead(UUID id, int rows) {
		jdbc.sql("update import_job set rows_read = ? where id = ?").params(rows, id).update();
	}

	void validated(UUID id, int valid, int invalid, int noticed) {
		jdbc.sql("update import_job set rows_valid = ?, rows_invalid = ?, rows_noticed = ? where id = ?")
			.params(valid, invalid, noticed, id).update();
	}

	public void finish(UUID id, ImportStatus status, @Nullable String errorKey, @Nullable String errorArg) {
		jdbc.sql("""
				update import_job set status = ?, error_key = ?, error_arg = ?, finished_at = now() where id = ?
				""").params(status.name(), errorKey, errorArg, id).update();
	}

	public Optional<StoredJob> find(UUID id) {
		return jdbc.sql("select *, scope_path::text as scope from import_job where id = ?").param(id)
			.query((rs, n) -> new StoredJob(map(rs), rs.getString("scope"))).optional();
	}

	/** Jobs started inside the subtree (all of them for null), newest first. */
	public List<ImportJob> recent(@Nullable String scopePath, int limit) {
		return jdbc.sql("""
				select * from import_job
				where cast(:scope as ltree) is null or scope_path <@ cast(:scope as ltree)
				order by created_at desc limit :limit
				""").param("scope", scopePath).param("limit", limit).query((rs, n) -> map(rs)).list();
	}

	/** The first errors, or the first notices, in row order. */
	public List<StoredError> errors(UUID id, boolean notices, int limit) {
		return jdbc.sql("""
				select * from import_error where import_id = ? and severity = ? order by row_no, column_name limit ?
				""").params(id, severity(notices), limit).query((rs, n) -> mapError(rs)).list();
	}

	public int errorCount(UUID id, boolean notices) {
		return jdbc.sql("select count(*) from import_error where import_id = ? and severity = ?")
			.params(id, severity(notices)).query(Integer.class).single();
	}

	private static String severity(boolean notice) {
		return notice ? "NOTICE" : "ERROR";
	}

	/** Every error and notice of a job in row order, without holding them all. */
	public void eachError(UUID id, Consumer<StoredError> consumer) {
		jdbc.sql("select * from import_error where import_id = ? order by row_no, column_name").param(id).withFetchSize(1000)
			.query(rs -> {
				consumer.accept(mapError(rs));
			});
	}

	/**
	 * The staging rows of a job, once it has ended one way or another, and its index if it had one.
	 * Deleted rows stay in the table until a vacuum, and the next file's checks would read them
	 * all again: when no other job has rows (one import runs at a time across the nodes), the tables are
	 * truncated instead. The lock keeps another job from starting its COPY in between.
	 */
	@Transactional
	void dropStaging(UUID id) {
		jdbc.sql("drop index if exists " + BatchRows.indexName(id)).update();
		jdbc.sql("lock table import_household, import_row in access exclusive mode").update();
		boolean others = jdbc.sql("""
				select exists (select 1 from import_row where import_id < :id or import_id > :id)
				    or exists (select 1 from import_household where import_id < :id or import_id > :id)
				""").param("id", id).query(Boolean.class).single();
		if (!others) {
			jdbc.sql("truncate import_household, import_row").update();
			return;
		}
		for (String table : List.of("import_household", "import_row")) {
			jdbc.sql("delete from " + table + " where import_id = ?").param(id).update();
		}
	}

	private static ImportJob map(ResultSet rs) throws SQLException {
		return new ImportJob(rs.getObject("id", UUID.class), ImportStatus.valueOf(rs.getString("status")),
				rs.getString("file_name"), rs.getString("uploaded_by"), rs.getInt("rows_read"), rs.getInt("rows_valid"),
				rs.getInt("rows_invalid"), rs.getInt("rows_noticed"), rs.getInt("households_created"), rs.getInt("households_updated"),
				rs.getInt("households_unchanged"), rs.getString("error_key"), rs.getString("error_arg"),
				instant(rs.getTimestamp("created_at")), optionalInstant(rs.getTimestamp("started_at")),
				optionalInstant(rs.getTimestamp("finished_at")));
	}

	private static StoredError mapError(ResultSet rs) throws SQLException {
		return new StoredError(rs.getInt("row_no"), Column.named(rs.getString("column_name")), rs.getString("value"),
				rs.getString("message_key"), rs.getString("message_arg"), "NOTICE".equals(rs.getString("severity")));
	}

	private static Instant instant(Timestamp t) {
		return t.toInstant();
	}

	private static @Nullable Instant optionalInstant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
