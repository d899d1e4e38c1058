package vn.ngoso.tasks;

import java.time.LocalDate;

/** What the public may learn of a request from its reference: no names, no phone numbers. */
public record VisitRequestStatus(String reference, TaskStatus status, int progress, LocalDate receivedOn,
		LocalDate dueOn, String teamName, String unitName) {
}
