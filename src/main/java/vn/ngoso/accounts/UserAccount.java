package vn.ngoso.accounts;

import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.Role;

/** An account as lists show it (never with its password hash). */
public record UserAccount(long id, String username, String displayName, Role role, @Nullable Long unitId,
		@Nullable Long teamId, @Nullable Long memberId, boolean enabled) {
}
