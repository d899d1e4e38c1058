package vn.ngoso.accounts;

import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.Role;

/** An account to create; the scope fields needed depend on the role. */
public record NewUser(String username, String password, String displayName, Role role, @Nullable Long unitId,
		@Nullable Long teamId, @Nullable Long memberId) {
}
