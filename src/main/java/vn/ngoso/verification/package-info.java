/**
 * Figures people can trust (issue 18): each month's seeded, reproducible sample of recorded
 * visits that an officer checks with the resident, the results and what a "not confirmed" does to
 * the figures, the confidence figure beside the headline numbers, and the daily flags on records
 * that look made up.
 *
 * <p>Reads the {@code outreach}, {@code households} and {@code teams} tables in SQL, declared
 * here: the flags are a read model over visits, outcomes, readiness and desk days, one SQL pass
 * per kind over a province's night (see {@code FlagSql}), and the sample's candidates and page one
 * query each. It writes them only through {@code Visits.dispute}.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "households", "outreach", "figures", "indicators" })
@NullMarked
package vn.ngoso.verification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
