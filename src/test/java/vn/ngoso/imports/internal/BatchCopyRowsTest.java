package vn.ngoso.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffer between a batch's COPY out and COPY in keeps every byte, in memory or in a file. */
class BatchCopyRowsTest {

	@Test
	void aSmallBatchStaysInMemoryAndALargeOneGoesToAFileThatIsRemoved() throws Exception {
		byte[] rows = new byte[100_000];
		new Random(1).nextBytes(rows);
		for (int limit : new int[] { 1 << 20, 30_000 }) {
			BatchCopy.Rows buffer = new BatchCopy.Rows(limit);
			Path file;
			try (buffer) {
				for (int off = 0; off < rows.length; off += 7_000) {
					buffer.write(rows, off, Math.min(7_000, rows.length - off));
				}
				buffer.write(42);
				try (InputStream in = buffer.read()) {
					byte[] back = in.readAllBytes();
					assertThat(back).hasSize(rows.length + 1);
					assertThat(Arrays.copyOf(back, rows.length)).isEqualTo(rows);
					assertThat(back[rows.length]).isEqualTo((byte) 42);
				}
				file = buffer.file();
				assertThat(file != null).isEqualTo(limit < rows.length);
			}
			if (file != null) {
				assertThat(file).doesNotExist();
			}
		}
	}
}
