/**
 * The public page for citizens, without login: find the team of a hamlet, see the support days
 * coming up at the service desks and where to pay without cash nearby, ask the team for a visit,
 * send feedback, and follow a request or feedback by its reference number. Light pages (no script) for cheap phones on 3G; nothing
 * personal about anyone else is ever shown; submissions are limited per address.
 */
@ApplicationModule(allowedDependencies = { "platform", "feedback", "outreach", "tasks", "merchants" })
@NullMarked
package vn.ngoso.citizens;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
