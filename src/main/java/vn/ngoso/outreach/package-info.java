/**
 * Outreach work: door-to-door visits and what they helped residents do. A visit's outcomes move
 * the residents' profiles forward in the same transaction.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "households", "indicators" })
@NullMarked
package vn.ngoso.outreach;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
