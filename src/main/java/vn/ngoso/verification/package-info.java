/**
 * Figures people can trust (issue 18): each month's seeded, reproducible sample of recorded
 * visits that an officer checks with the resident, the results and what a "not confirmed" does to
 * the figures, the confidence figure beside the headline numbers, and the daily flags on records
 * that look made up.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "households", "outreach", "figures", "indicators" })
@NullMarked
package vn.ngoso.verification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
