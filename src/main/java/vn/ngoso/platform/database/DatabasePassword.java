package vn.ngoso.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded server's superuser, generated once and kept in the data directory
 * as a pgpass file ({@code *:*:*:postgres:password}) that only its owner may read, so that
 * {@code PGPASSFILE=data/pg/ngoso.pgpass pg_dump …} works as it is.
 */
final class DatabasePassword {

	static final String FILE = "ngoso.pgpass";

	static final String USER = "postgres";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final String value;

	private DatabasePassword(String value) {
		this.value = value;
	}

	/** The password kept in {@code dir}, or a new one (not yet written) when there is none. */
	static DatabasePassword in(Path dir) {
		Path file = dir.resolve(FILE);
		if (!Files.exists(file)) {
			return generate();
		}
		try {
			String line = Files.readAllLines(file).get(0);
			return new DatabasePassword(line.substring(line.lastIndexOf(':') + 1));
		}
		catch (IOException | IndexOutOfBoundsException e) {
			throw new IllegalStateException("Could not read the database password in " + file, e);
		}
	}

	/** 256 random bits in base64url: no ':' or '\' to escape in the pgpass line. */
	static DatabasePassword generate() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return new DatabasePassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	static boolean isKeptIn(Path dir) {
		return Files.exists(dir.resolve(FILE));
	}

	String value() {
		return value;
	}

	/** Writes the pgpass file into {@code dir} if it is not there, and makes it the owner's only. */
	void keepIn(Path dir) {
		Path file = dir.resolve(FILE);
		try {
			if (!Files.exists(file)) {
				write(Files.createFile(file, ownerOnly()), "*:*:*:" + USER + ":" + value);
			}
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not keep the database password in " + file, e);
		}
	}

	/** A temporary file with the password alone, for {@code initdb --pwfile}; the caller deletes it. */
	Path temporaryFile() {
		try {
			return write(Files.createTempFile("ngoso-initdb", ".pw", ownerOnly()), value);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the password for initdb", e);
		}
	}

	private static Path write(Path file, String line) throws IOException {
		return Files.writeString(file, line + "\n");
	}

	private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
		return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
	}

	@Override
	public String toString() {
		return "DatabasePassword[hidden]";
	}
}
