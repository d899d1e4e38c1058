package vn.ngoso.training;

import org.jspecify.annotations.Nullable;

/** A course to create: the department's (at the province) or a district's. */
public record NewCourse(@Nullable CourseKind kind, @Nullable String title, @Nullable Long unitId) {
}
