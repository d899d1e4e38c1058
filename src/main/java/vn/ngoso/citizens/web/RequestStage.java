package vn.ngoso.citizens.web;

import java.time.LocalDate;
import java.util.List;
import vn.ngoso.platform.web.VietnamTime;
import vn.ngoso.tasks.TaskStatus;
import vn.ngoso.tasks.VisitRequestStatus;

/**
 * A visit request as the citizen reads it: the team's internal statuses (new, in progress with a
 * percentage, done awaiting sign-off, signed off, overdue) become four plain stages, each with the
 * day it was reached. Sign-off is the officers' business: for the citizen "done" is done.
 */
enum RequestStage {

	/** Sent; the team has not started on it yet. */
	RECEIVED,
	/** The team has started on it and will call. */
	ACCEPTED,
	/** Past the day the team should have called, still open. */
	LATE,
	/** The team has helped. */
	HELPED;

	static RequestStage of(TaskStatus status) {
		return switch (status) {
			case NEW -> RECEIVED;
			case IN_PROGRESS -> ACCEPTED;
			case OVERDUE -> LATE;
			case DONE, SIGNED_OFF -> HELPED;
		};
	}

	/** The message key of this stage's wording on the status page. */
	String messageKey() {
		return "citizens.request.stage." + name();
	}

	/**
	 * The day (Vietnam time) the request reached its current stage: the first change of the last run
	 * of changes in that stage, or the day it was sent.
	 */
	static LocalDate since(VisitRequestStatus request) {
		RequestStage current = of(request.status());
		LocalDate since = request.receivedOn();
		RequestStage previous = RECEIVED;
		List<VisitRequestStatus.Change> changes = request.changes();
		for (VisitRequestStatus.Change change : changes) {
			RequestStage stage = of(change.status());
			if (stage != previous) {
				since = change.at().atZone(VietnamTime.ZONE).toLocalDate();
				previous = stage;
			}
		}
		return previous == current ? since : request.receivedOn();
	}
}
