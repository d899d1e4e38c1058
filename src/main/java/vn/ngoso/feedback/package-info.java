/**
 * Citizen feedback (phản ánh, kiến nghị): categories with deadlines in working days, routing to
 * the responsible agency (category × unit, falling back up the tree), the agency officer's
 * accept / answer / re-route, escalation past the deadline, reopening within 7 days, the live
 * figures, and the Open311 GeoReport v2 API.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "figures" })
@NullMarked
package vn.ngoso.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
