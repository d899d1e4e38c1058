package vn.ngoso.imports.internal;

import org.jspecify.annotations.Nullable;

/** A file refused as a whole (wrong header, not UTF-8, unreadable); the key is a message key. */
public class BadFile extends Exception {

	private final String messageKey;

	private final @Nullable String arg;

	public BadFile(String messageKey) {
		this(messageKey, null);
	}

	public BadFile(String messageKey, @Nullable String arg) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arg = arg;
	}

	public String messageKey() {
		return messageKey;
	}

	public @Nullable String arg() {
		return arg;
	}
}
