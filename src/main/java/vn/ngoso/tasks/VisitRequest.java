package vn.ngoso.tasks;

import org.jspecify.annotations.Nullable;

/**
 * A citizen asks their hamlet's team to come by.
 *
 * @param hamletId the hamlet (or commune) whose team is asked
 * @param what what they need help with ("cài VNeID cho bố mẹ")
 */
public record VisitRequest(@Nullable Long hamletId, @Nullable String what, @Nullable String contactName,
		@Nullable String contactPhone) {
}
