package vn.ngoso.accounts.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one form of a username, used to store it, to sign in (form and token) and to count failed
 * attempts, so that every spelling that reaches an account counts against that account. NFKC
 * rather than NFC: besides composing, it folds what a phone keyboard may slip in (full-width
 * letters of an Asian input method, a no-break space) into the plain characters usernames are
 * made of (ASCII, see {@code Accounts#create}). Lower case in the root locale, not the
 * server's: in Turkish, "ADMIN" lower-cases to "admın".
 */
public final class Usernames {

	private Usernames() {
	}

	public static String normalise(@Nullable String username) {
		if (username == null) {
			return "";
		}
		return Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}
}
