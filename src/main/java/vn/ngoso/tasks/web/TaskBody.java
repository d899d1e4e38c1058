package vn.ngoso.tasks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ngoso.tasks.AssigneeKind;
import vn.ngoso.tasks.NewTask;
import vn.ngoso.territory.UnitReference;

/**
 * A task as an API client sends it. Given to a unit ({@code assigneeKind} UNIT), the unit is named
 * by {@code unitCode}; a team or a member by {@code assigneeId}.
 *
 * @param accountable username of who signs it off; empty means the creator
 */
record TaskBody(@Nullable String title, @Nullable String doneMeans, @Nullable AssigneeKind assigneeKind,
		@Nullable String unitCode,
		@Schema(description = "the team's or member's id; for a unit deprecated: use unitCode (the official code);"
				+ " accepted until the next release") @Nullable Long assigneeId,
		@Nullable LocalDate startsOn, @Nullable LocalDate dueOn, @Nullable String accountable) {

	/** The unit, for a task given to a unit; none otherwise. */
	UnitReference unit() {
		if (assigneeKind != AssigneeKind.UNIT) {
			return UnitReference.body("unitCode", "assigneeId", null, null);
		}
		return UnitReference.body("unitCode", "assigneeId", unitCode, assigneeId);
	}

	NewTask toCommand(@Nullable Long unitId) {
		return new NewTask(title, doneMeans, assigneeKind, assigneeKind == AssigneeKind.UNIT ? unitId : assigneeId,
				startsOn, dueOn, accountable);
	}
}
