package vn.ngoso.training;

import org.jspecify.annotations.Nullable;

/** A course; the online course has no organising unit (it is national). */
public record Course(long id, CourseKind kind, String title, @Nullable Long unitId, @Nullable String unitCode,
		@Nullable String unitName,
		int sessions, int completions) {
}
