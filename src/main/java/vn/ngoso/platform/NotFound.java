package vn.ngoso.platform;

/**
 * Something that does not exist, or exists outside the caller's scope: both answer 404 so that
 * a scope never reveals what lies beyond it.
 */
public class NotFound extends RuntimeException {

	private final String messageKey;

	public NotFound(String messageKey, Object id) {
		super(messageKey + ": " + id);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
