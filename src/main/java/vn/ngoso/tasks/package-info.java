/**
 * Tasks and cascading targets: "rõ người, rõ việc, rõ tiến độ, rõ trách nhiệm". A task names who
 * does it, what done means, by when, and who signs it off; an overdue task is escalated. A target
 * sets a figure for a tracked indicator, a unit and a period, cascades to the child units, and
 * its progress is always read live from the figures.
 *
 * <p>Reads the {@code accounts} module's {@code app_user} table in SQL, declared here: a task names
 * its people by account, and {@code People} lists the accounts of a unit and shows their names
 * joined to the tasks in one query ({@code accounts} depends on {@code teams}; going through its
 * service for each row of a task list would cost a query per task).
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "accounts", "figures" })
@NullMarked
package vn.ngoso.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
