package vn.ngoso.figures;

/**
 * The kinds of records a write names by id ({@link FigureScope.Records}): one constant per kind,
 * so a kind cannot be misspelt, and exactly one {@link FigureSource} answering for each (checked
 * at startup). The name also prefixes the records' lock keys.
 */
public enum RecordKind {

	/** An outreach session (outreach). */
	OUTREACH_SESSION,

	/** A support day at a service desk (outreach). */
	SERVICE_DESK_DAY,

	/** A feedback item (feedback). */
	FEEDBACK,

	/** A cashless acceptance point (merchants). */
	MERCHANT
}
