package vn.ngoso.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public may learn of a request from its reference: no names, no phone numbers.
 *
 * @param changes the request's status changes in order (when, to what), without who or any comment
 */
public record VisitRequestStatus(String reference, TaskStatus status, int progress, LocalDate receivedOn,
		LocalDate dueOn, String teamName, String unitName, List<Change> changes) {

	public record Change(TaskStatus status, Instant at) {
	}
}
