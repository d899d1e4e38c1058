package vn.ngoso.demo.generator;

import java.io.IOException;

/** Where generated households go, one at a time (a file, COPY spool files, a counter). */
public interface HouseholdSink extends AutoCloseable {

	void accept(GeneratedHousehold household) throws IOException;

	@Override
	void close() throws IOException;
}
