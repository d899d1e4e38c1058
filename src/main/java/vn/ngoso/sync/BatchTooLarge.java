package vn.ngoso.sync;

/** A push of more records than {@link Pushes#MAX_RECORDS}; answered 413, nothing applied. */
public class BatchTooLarge extends RuntimeException {

	private final int sent;

	BatchTooLarge(int sent) {
		super("batch of " + sent + " records");
		this.sent = sent;
	}

	public int sent() {
		return sent;
	}
}
