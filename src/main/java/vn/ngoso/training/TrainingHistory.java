package vn.ngoso.training;

import java.time.LocalDate;
import java.util.List;

/** What a member has been trained in: courses completed and sessions attended. */
public record TrainingHistory(long memberId, List<Completion> completions, List<Attended> attended) {

	public record Attended(LocalDate date, String courseTitle, String trainer) {
	}
}
