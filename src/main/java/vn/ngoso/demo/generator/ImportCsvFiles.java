package vn.ngoso.demo.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Import files of at most {@code maxRows} rows each ({@code prefix-1.csv}, {@code prefix-2.csv}, …),
 * a household never split across two: a file the import accepts whole (it takes 2,000,000 rows a
 * file by default) when the population is larger than that.
 */
public final class ImportCsvFiles implements HouseholdSink {

	private final Path dir;

	private final String prefix;

	private final int maxRows;

	private final List<Path> files = new ArrayList<>();

	private ImportCsvFile current;

	private long rowsInCurrent;

	public ImportCsvFiles(Path dir, String prefix, int maxRows) {
		this.dir = dir;
		this.prefix = prefix;
		this.maxRows = maxRows;
	}

	@Override
	public void accept(GeneratedHousehold h) throws IOException {
		int rows = h.residents().size();
		if (current == null || rowsInCurrent + rows > maxRows) {
			close();
			Path file = dir.resolve(prefix + "-" + (files.size() + 1) + ".csv");
			files.add(file);
			current = new ImportCsvFile(file);
			rowsInCurrent = 0;
		}
		current.accept(h);
		rowsInCurrent += rows;
	}

	/** The files written, in order. */
	public List<Path> files() {
		return List.copyOf(files);
	}

	@Override
	public void close() throws IOException {
		if (current != null) {
			current.close();
			current = null;
		}
	}
}
