package vn.ngoso.verification;

import org.jspecify.annotations.Nullable;

/** A kind's threshold: a flag is raised at this count (points for a covered-rate jump). */
public record FlagRule(FlagKind kind, int threshold, @Nullable Integer windowDays, boolean enabled) {
}
