package vn.ngoso.accounts;

import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.Role;

/**
 * An account an officer asks for: officers are placed by the official code of their unit,
 * team leaders and members by the mobile number of their active membership.
 */
public record AccountRequest(@Nullable String username, @Nullable String password, @Nullable String displayName,
		@Nullable Role role, @Nullable String unitCode, @Nullable String memberPhone) {
}
