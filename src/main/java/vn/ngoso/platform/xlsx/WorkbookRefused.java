package vn.ngoso.platform.xlsx;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A workbook refused as a whole. Each import says why in its own words (its own message keys,
 * named after the problem: {@link #messageKey(String)}), naming {@link #limit()} where a limit was
 * passed.
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

	/**
	 * The import's message for this refusal: {@code <prefix>.unreadable}, {@code .badHeader},
	 * {@code .tooManyRows} or {@code .unpackedTooLarge}, with {@link #messageArgs(List)}.
	 */
	public String messageKey(String prefix) {
		return prefix + switch (problem) {
			case UNREADABLE -> ".unreadable";
			case BAD_HEADER -> ".badHeader";
			case TOO_MANY_ROWS -> ".tooManyRows";
			case TOO_LARGE -> ".unpackedTooLarge";
		};
	}

	/** This refusal as an import says it, its messages under {@code prefix} ({@link #messageKey}). */
	public FileRefused as(String prefix, @Nullable List<String> header) {
		return new FileRefused(messageKey(prefix), messageArgs(header));
	}

	/** The expected header (comma separated) for a bad header, the limit for a limit passed. */
	public Object[] messageArgs(@Nullable List<String> header) {
		return switch (problem) {
			case UNREADABLE -> new Object[0];
			case BAD_HEADER -> new Object[] { header == null ? "" : String.join(", ", header) };
			case TOO_MANY_ROWS, TOO_LARGE -> new Object[] { limit };
		};
	}
}
