package vn.ngoso.accounts.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.ScopedPrincipal;

/** The principal of a session or a token: who it is, with the scope resolved at sign-in. */
public final class SignedInUser implements UserDetails, ScopedPrincipal, CredentialsContainer {

	private final long id;

	private final String displayName;

	private final String scopeLabel;

	private final Scope scope;

	private final boolean enabled;

	private String passwordHash;

	public SignedInUser(long id, String displayName, String scopeLabel, Scope scope, boolean enabled,
			String passwordHash) {
		this.id = id;
		this.displayName = displayName;
		this.scopeLabel = scopeLabel;
		this.scope = scope;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	/** The name of the scope unit (or team), shown in the page header. */
	public String scopeLabel() {
		return scopeLabel;
	}

	@Override
	public Scope scope() {
		return scope;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return scope.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = "";
	}
}
