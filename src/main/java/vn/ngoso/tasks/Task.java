package vn.ngoso.tasks;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task as lists and pages show it. {@code contactPhone} is set only on citizen requests and
 * comes masked for members.
 */
public record Task(long id, String reference, String kind, String title, String doneMeans, AssigneeKind assigneeKind,
		long assigneeUnitId, @Nullable Long assigneeTeamId, @Nullable Long assigneeMemberId, String assigneeName,
		String unitCode, String unitName, String unitPath, LocalDate startsOn, LocalDate dueOn, int progress, TaskStatus status,
		String accountable, String accountableName, String createdBy, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable LocalDate overdueSince) {

	public static final String ASSIGNED = "ASSIGNED";

	public static final String CITIZEN_REQUEST = "CITIZEN_REQUEST";

	public Task withContactPhone(@Nullable String phone) {
		return new Task(id, reference, kind, title, doneMeans, assigneeKind, assigneeUnitId, assigneeTeamId,
				assigneeMemberId, assigneeName, unitCode, unitName, unitPath, startsOn, dueOn, progress, status, accountable,
				accountableName, createdBy, contactName, phone, overdueSince);
	}
}
