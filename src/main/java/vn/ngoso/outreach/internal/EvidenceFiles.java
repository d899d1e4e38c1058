package vn.ngoso.outreach.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The photo files, outside the database, named by the evidence row's id. A file is written whole
 * under a temporary name and moved into place atomically, so no reader ever sees half a photo.
 * It is written before its row; if the transaction then rolls back the file is deleted, and if the
 * server dies in between, the file left is an orphan nobody can reach (no row names it), never a
 * row naming a missing file.
 */
@Component
public class EvidenceFiles {

	private final Path dir;

	EvidenceFiles(EvidenceProperties properties) {
		this.dir = Path.of(properties.dir()).toAbsolutePath();
	}

	/** Writes the file in the current transaction: gone again if that transaction rolls back. */
	public void write(UUID id, byte[] content) {
		try {
			Files.createDirectories(dir);
			Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
			try {
				Files.write(temp, content);
				Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(id);
					}
				}
			});
		}
	}

	public byte[] read(UUID id) {
		try {
			return Files.readAllBytes(path(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public boolean exists(UUID id) {
		return Files.isRegularFile(path(id));
	}

	void delete(UUID id) {
		try {
			Files.deleteIfExists(path(id));
		}
		catch (IOException ignored) {
			// an orphan file is harmless: no row names it
		}
	}

	private Path path(UUID id) {
		return dir.resolve(id + ".jpg");
	}
}
