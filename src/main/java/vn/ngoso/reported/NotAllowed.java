package vn.ngoso.reported;

/**
 * A step the caller may see but not take: approving one's own value, or a value that is not of
 * the level below. Answered 403 with the message, unlike a value outside the scope (404).
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
