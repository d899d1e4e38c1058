/**
 * The public page for citizens, without login: find the team of a hamlet, see the support days
 * coming up at the service desks and where to pay without cash nearby, ask the team for a visit,
 * send feedback, and follow a request or feedback by its reference number. Light pages (no script) for cheap phones on 3G; nothing
 * personal about anyone else is ever shown; submissions are limited per address.
 *
 * <p>Reads other modules' tables in SQL, declared here: {@code TeamDirectory} ("find my team")
 * reads {@code admin_unit}, {@code team} and {@code member} in one read-only query, because it
 * selects only the columns the public may see (a leader's name and phone, never a list of
 * members), which no service of those modules offers, and must answer a search over every hamlet
 * in one round trip.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "feedback", "outreach", "tasks", "merchants" })
@NullMarked
package vn.ngoso.citizens;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
