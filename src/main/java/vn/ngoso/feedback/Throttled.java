package vn.ngoso.feedback;

/** Too many submissions from one address: refused, nothing written. */
public class Throttled extends RuntimeException {

	private final long minutes;

	public Throttled(long minutes) {
		super("throttled for " + minutes + " min");
		this.minutes = minutes;
	}

	/** How long until the address may submit again. */
	public long minutes() {
		return minutes;
	}
}
