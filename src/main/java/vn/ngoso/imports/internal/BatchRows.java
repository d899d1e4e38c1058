package vn.ngoso.imports.internal;

import java.util.UUID;

/** How the merge finds the staged rows of a batch's households. */
enum BatchRows {

	/**
	 * Through the primary key, over the span of rows from the batch's first household row to its
	 * last: the rows of a file that lists each household's rows together.
	 */
	SPAN("r.row_no between (select min(first_row) from import_household where import_id = :id and batch = :batch)"
			+ " and (select max(last_row) from import_household where import_id = :id and batch = :batch)"),

	/** Through an index on (job, commune, code) made for the job: households scattered over the file. */
	INDEX("true");

	/** A condition on the staged row {@code r} that lets the planner read only the batch's span. */
	final String rowFilter;

	BatchRows(String rowFilter) {
		this.rowFilter = rowFilter;
	}

	/** The job's own index on import_row, made only when its households are scattered. */
	static String indexName(UUID importId) {
		return "import_row_" + importId.toString().replace("-", "");
	}
}
