package vn.ngoso.platform.xlsx;

/**
 * A workbook refused as a whole. Each import says why in its own words (its own message keys),
 * naming {@link #limit()} where a limit was passed.
 */
public final class WorkbookRefused extends Exception {

	public enum Problem {

		/** Not a workbook, damaged, encrypted, or with no sheet. */
		UNREADABLE,
		/** Row 1 of the first sheet is not the expected header. */
		BAD_HEADER,
		/** More data rows than the import takes; {@link #limit()} is that number. */
		TOO_MANY_ROWS,
		/** Unpacked, the workbook is larger than the import takes; {@link #limit()} is that size in MB. */
		TOO_LARGE
	}

	private final Problem problem;

	private final long limit;

	WorkbookRefused(Problem problem, long limit) {
		super(problem.name(), null, false, false);
		this.problem = problem;
		this.limit = limit;
	}

	static WorkbookRefused because(Problem problem) {
		return new WorkbookRefused(problem, 0);
	}

	public Problem problem() {
		return problem;
	}

	public long limit() {
		return limit;
	}
}
