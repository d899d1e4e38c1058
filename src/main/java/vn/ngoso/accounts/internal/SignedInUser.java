package vn.ngoso.accounts.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.ScopedPrincipal;

/**
 * The principal of a session or a token: who it is and what it may see. A token's is built anew
 * on each request; a session's is checked against the account on each request and replaced when
 * the account changed ({@link CurrentAccountFilter}).
 */
public final class SignedInUser implements UserDetails, ScopedPrincipal, CredentialsContainer {

	private final long id;

	private final String displayName;

	private final String scopeLabel;

	private final Scope scope;

	private final boolean enabled;

	private final boolean leftTeam;

	private String passwordHash;

	SignedInUser(long id, String displayName, String scopeLabel, Scope scope, boolean enabled, boolean leftTeam,
			String passwordHash) {
		this.id = id;
		this.displayName = displayName;
		this.scopeLabel = scopeLabel;
		this.scope = scope;
		this.enabled = enabled;
		this.leftTeam = leftTeam;
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

	/** The team member this account belongs to has left the team: it may see nothing of it. */
	public boolean leftTeam() {
		return leftTeam;
	}

	/** Whether both say the same about who this is and what they may see (the password aside). */
	boolean sameAs(SignedInUser other) {
		return id == other.id && enabled == other.enabled && leftTeam == other.leftTeam
				&& displayName.equals(other.displayName) && scopeLabel.equals(other.scopeLabel) && scope.equals(other.scope);
	}

	@Override
	public void eraseCredentials() {
		passwordHash = "";
	}
}
