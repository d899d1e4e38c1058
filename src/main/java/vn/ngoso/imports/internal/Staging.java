package vn.ngoso.imports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.platform.Scope;
import vn.ngoso.territory.Territory;

/**
 * Streams a file into the staging table with one COPY (in its binary form): each row is read,
 * checked on its own and written on, so memory does not grow with the file. A file refused part-way (bad bytes deep in
 * a CSV) cancels the COPY, which leaves nothing behind.
 */
@Component
class Staging {

	static final String COPY = """
			copy import_row (import_id, row_no, commune_code, hamlet, code, address, full_name, birth, sex, relation,
			                 phone, cccd, commune_id, unit_id, name_folded, birth_date,
			                 birth_year, sex_value, relation_value, phone_value, cccd_cipher, cccd_hash, problems,
			                 resident_id, extra, registered_on, ready)
			from stdin (format binary)
			""";

	/** The fields {@link #COPY} names. */
	private static final int FIELDS = 27;

	private static final int PROGRESS_EVERY = 20_000;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final CitizenIds citizenIds;

	private final ImportProperties properties;

	Staging(DataSource dataSource, JdbcClient jdbc, Territory territory, CitizenIds citizenIds,
			ImportProperties properties) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.territory = territory;
		this.citizenIds = citizenIds;
		this.properties = properties;
	}

	/**
	 * @param progress told the number of rows read so far, now and then
	 * @return the number of (non-blank) data rows staged
	 */
	int stage(UUID importId, Path file, Scope scope, LocalDate today, IntConsumer progress)
			throws IOException, SQLException, BadFile {
		RowParser parser = new RowParser(new HamletDirectory(territory, jdbc, scope, today), citizenIds, today);
		int[] count = { 0 };
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16);
			try {
				CopyBinary out = new CopyBinary(copy);
				TimeOrderedIds ids = new TimeOrderedIds();
				RowHandler handler = new RowHandler() {

					@Override
					public void columns(int columns) {
						parser.columns(columns);
					}

					@Override
					public void row(int rowNo, List<String> cells) {
						try {
							write(out, importId, parser.parse(rowNo, cells), ids.next());
						}
						catch (IOException e) {
							throw new StagingFailed(e);
						}
						if (++count[0] % PROGRESS_EVERY == 0) {
							progress.accept(count[0]);
						}
					}
				};
				read(file, handler);
				out.finish();
				copy.close();
			}
			catch (BadFile | IOException | RuntimeException e) {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
				if (e instanceof StagingFailed failed) {
					throw failed.getCause();
				}
				throw e;
			}
		}
		progress.accept(count[0]);
		return count[0];
	}

	private void read(Path file, RowHandler handler) throws IOException, BadFile {
		if (isZip(file)) {
			XlsxRows.read(file, properties.xlsxLimits(), handler);
		}
		else {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				CsvRows.read(in, properties.maxRows(), handler);
			}
		}
	}

	/** XLSX is a zip file; anything else is read as CSV (and refused if it is not one). */
	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	private static void write(CopyBinary out, UUID importId, StagedRow row, UUID residentId) throws IOException {
		out.row(FIELDS).uuid(importId).integer(row.rowNo());
		for (Column column : Column.BASE) {
			out.text(row.cell(column));
		}
		out.bigint(row.communeId()).bigint(row.unitId()).text(row.nameFolded()).date(row.birthDate())
			.smallint(row.birthYear()).text(row.sex()).text(row.relation()).text(row.phone()).bytes(row.cccdCipher())
			.bytes(row.cccdHash()).textArray(row.problems()).uuid(residentId).textArray(row.optionalCells())
			.date(row.registeredOn()).textArray(row.ready());
	}

	/** Carries an I/O failure of the COPY stream out of the row callback. */
	private static final class StagingFailed extends RuntimeException {

		StagingFailed(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}
	}
}
