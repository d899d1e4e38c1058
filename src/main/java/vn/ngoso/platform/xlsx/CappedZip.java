package vn.ngoso.platform.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.jspecify.annotations.Nullable;

/**
 * The workbook's zip as POI reads it, every part counted as it is unpacked: the parts streamed
 * (the sheet) up to one limit each, all the others together (POI holds them in memory: shared
 * strings, styles, the package's own parts) up to another. The sizes a zip declares are not
 * trusted; only the bytes that come out of it count, so a small file that unpacks to gigabytes
 * stops at the limit.
 */
final class CappedZip implements ZipEntrySource {

	/** As POI's own default: a workbook has a few dozen parts, one with pictures a few hundred. */
	private static final int MAX_ENTRIES = 1000;

	private final ZipFile zip;

	private final XlsxReader.Limits limits;

	private final long[] otherBytes = { 0 };

	private Set<String> streamed = Set.of();

	private @Nullable TooLarge passed;

	private boolean closed;

	CappedZip(Path file, XlsxReader.Limits limits) throws IOException {
		this.zip = ZipFile.builder().setPath(file).get();
		this.limits = limits;
		if (Collections.list(zip.getEntries()).size() > MAX_ENTRIES) {
			zip.close();
			throw new IOException("more than " + MAX_ENTRIES + " parts");
		}
	}

	/** Names the entries that are streamed (the sheets), which may each be as large as a sheet may. */
	void streamed(Set<String> entryNames) {
		this.streamed = Set.copyOf(entryNames);
	}

	/** The limit that was passed, if any: POI may have wrapped the failure in an exception of its own. */
	@Nullable TooLarge passed() {
		return passed;
	}

	@Override
	public Enumeration<? extends ZipArchiveEntry> getEntries() {
		return zip.getEntries();
	}

	@Override
	public ZipArchiveEntry getEntry(String path) {
		String name = path.replace('\\', '/');
		ZipArchiveEntry entry = zip.getEntry(name);
		if (entry != null) {
			return entry;
		}
		// as POI's own source: part names are case-insensitive
		for (ZipArchiveEntry candidate : Collections.list(zip.getEntries())) {
			if (name.equalsIgnoreCase(candidate.getName().replace('\\', '/'))) {
				return candidate;
			}
		}
		return null;
	}

	@Override
	public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
		InputStream raw = zip.getInputStream(entry);
		return streamed.contains(entry.getName()) ? new Counted(raw, new long[] { 0 }, limits.maxSheetBytes())
				: new Counted(raw, otherBytes, limits.maxOtherBytes());
	}

	@Override
	public void close() throws IOException {
		closed = true;
		zip.close();
	}

	@Override
	public boolean isClosed() {
		return closed;
	}

	/** Thrown when more bytes come out than the limit allows. */
	static final class TooLarge extends IOException {

		private final long limit;

		TooLarge(long limit) {
			super("unpacked beyond " + limit + " bytes");
			this.limit = limit;
		}

		long megabytes() {
			return limit / (1024 * 1024);
		}
	}

	/** Counts the bytes read into a counter that may be shared with other streams. */
	private final class Counted extends FilterInputStream {

		private final long[] counter;

		private final long limit;

		Counted(InputStream in, long[] counter, long limit) {
			super(in);
			this.counter = counter;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count(skipped);
			return skipped;
		}

		private void count(long n) throws TooLarge {
			counter[0] += n;
			if (counter[0] > limit) {
				TooLarge tooLarge = new TooLarge(limit);
				passed = tooLarge;
				throw tooLarge;
			}
		}
	}
}
