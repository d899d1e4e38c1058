package vn.ngoso.platform.xlsx;

/**
 * An import's file refused whole, before any row is checked: the import's message key and its
 * arguments, for the page or the problem JSON to say. No stack trace: it is an answer, not a fault.
 */
public final class FileRefused extends Exception {

	private final String messageKey;

	private final transient Object[] args;

	public FileRefused(String messageKey, Object... args) {
		super(messageKey, null, false, false);
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
