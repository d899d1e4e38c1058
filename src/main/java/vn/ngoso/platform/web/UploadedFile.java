package vn.ngoso.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/**
 * An upload copied to a file of its own for the length of a request: POI reads a workbook from a
 * file without holding it (from a stream it keeps the whole zip in memory). Closing deletes it.
 */
public final class UploadedFile implements AutoCloseable {

	private final Path path;

	private UploadedFile(Path path) {
		this.path = path;
	}

	public static UploadedFile of(MultipartFile upload) throws IOException {
		Path path = Files.createTempFile("ngoso-upload-", ".tmp");
		try {
			upload.transferTo(path);
			return new UploadedFile(path);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(path);
			throw e;
		}
	}

	public Path path() {
		return path;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(path);
	}
}
