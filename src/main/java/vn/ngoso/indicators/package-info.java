/**
 * The figures the teams are judged by: one catalogue of indicators, tracked ones kept live as
 * small aggregate rows by unit and month (updated in the transaction of the write that changes
 * them), reported ones entered by the source agencies and approved by the level above, the
 * dashboards and the provincial report.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory" })
@NullMarked
package vn.ngoso.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
