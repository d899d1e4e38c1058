package vn.ngoso.accounts.internal;

import java.io.Serializable;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a sign-in comes from: the client's address (its key for the throttle) and the accounts
 * this device has signed in to before (username to device id, from the known-device cookie).
 * Carried as the authentication's details, for the form and the token endpoint alike.
 */
public record SignInAttempt(String address, Map<String, String> knownDevices) implements Serializable {

	public SignInAttempt {
		knownDevices = Map.copyOf(knownDevices);
	}

	/** The id of this device for the account, when it has signed in to it before. */
	@Nullable
	String deviceFor(String username) {
		return knownDevices.get(username);
	}
}
