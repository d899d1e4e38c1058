package vn.ngoso.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member's completion of a course, with the certificate number where there is one. */
public record Completion(long courseId, String courseTitle, CourseKind kind, long memberId, String memberName,
		LocalDate completedOn, @Nullable String certificateNo) {
}
