package vn.ngoso.training.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import vn.ngoso.territory.UnitReference;
import vn.ngoso.training.CourseKind;
import vn.ngoso.training.NewCourse;

/** A course to create, as an API client sends it: the organising unit by its official code. */
record CourseBody(@Nullable CourseKind kind, @Nullable String title, @Nullable String unitCode,
		@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId) {

	UnitReference unit() {
		return UnitReference.body(unitCode, unitId);
	}

	NewCourse toCommand(@Nullable Long resolvedUnitId) {
		return new NewCourse(kind, title, resolvedUnitId);
	}
}
