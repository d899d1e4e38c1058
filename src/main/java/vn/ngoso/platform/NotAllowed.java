package vn.ngoso.platform;

/**
 * A step the caller may see but not take (approving one's own value, deciding for a level that is
 * not theirs): answered 403 with the reason, by the API and by the pages alike, unlike a thing
 * outside the caller's scope, which does not exist for them ({@link OutOfScope}, 404).
 */
public class NotAllowed extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	public NotAllowed(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
