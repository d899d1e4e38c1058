/**
 * Outreach work: door-to-door visits and what they helped residents do, outreach sessions and
 * support days at the service desks. A visit's outcomes move the residents' profiles forward in
 * the same transaction; sessions and desk days make their own figures.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "households", "figures" })
@NullMarked
package vn.ngoso.outreach;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
