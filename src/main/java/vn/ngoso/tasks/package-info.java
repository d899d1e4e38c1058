/**
 * Tasks and cascading targets: "rõ người, rõ việc, rõ tiến độ, rõ trách nhiệm". A task names who
 * does it, what done means, by when, and who signs it off; an overdue task is escalated. A target
 * sets a figure for a tracked indicator, a unit and a period, cascades to the child units, and
 * its progress is always read live from the figures.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "figures" })
@NullMarked
package vn.ngoso.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
