/**
 * The figures the platform cannot see: values the source agencies (police, state bank, hotline
 * 1022, statistics office...) enter or import for their units, approved by the level above, and
 * their roll-up of approved values over a subtree. A peer of tasks and feedback: it reads the
 * catalogue from the figures module and feeds the indicators' dashboards and report.
 */
@ApplicationModule(displayName = "Reported figures", allowedDependencies = { "platform", "territory", "figures" })
@NullMarked
package vn.ngoso.reported;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
