package vn.ngoso.teams;

import org.jspecify.annotations.Nullable;

/** Member list filters; by default only members who have not left. */
public record MemberFilter(@Nullable Long unitId, @Nullable Long teamId, @Nullable Boolean youth,
		@Nullable Affiliation affiliation, @Nullable String q, boolean includeLeft) {
}
