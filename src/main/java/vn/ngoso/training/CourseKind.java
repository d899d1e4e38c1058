package vn.ngoso.training;

/** Who runs a course: the provincial department, a district, or the national online course. */
public enum CourseKind {
	DEPARTMENT, DISTRICT, ONLINE
}
