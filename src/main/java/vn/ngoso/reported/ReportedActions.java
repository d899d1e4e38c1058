package vn.ngoso.reported;

import org.jspecify.annotations.Nullable;

/**
 * What the caller may do with a value now. {@code whyNoDecision} is a message key saying why a
 * value awaiting approval cannot be decided by the caller (their own value, or not the level above).
 */
public record ReportedActions(boolean edit, boolean delete, boolean submit, boolean decide,
		@Nullable String whyNoDecision) {
}
