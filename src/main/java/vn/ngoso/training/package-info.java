/**
 * Training of the teams' members: courses run by the department or a district and the national
 * online course "Phổ cập kỹ năng số cộng đồng", their sessions with attendance, completion per
 * member (imported from a course's XLSX list by mobile number), and the members trained figure.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "figures" })
@NullMarked
package vn.ngoso.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
