package vn.ngoso.teams;

import org.jspecify.annotations.Nullable;

/** Team list filters: a unit's subtree, teams outside 4–12 only, a name fragment. */
public record TeamFilter(@Nullable Long unitId, boolean sizeWarningOnly, @Nullable String q) {
}
