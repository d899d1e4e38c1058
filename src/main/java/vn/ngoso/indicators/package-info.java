/**
 * The figures the teams are judged by, as people read them: the dashboards and their exports,
 * the targets (national defaults and each unit's own), the provincial summary report (PDF, XLSX)
 * and the values API. It reads the live figures from the figures module and the approved agency
 * values from the reported module, and writes none of them. One SQL read crosses into their
 * tables: a report's note on a reorganisation asks whether a closed unit kept {@code figure} or
 * approved {@code reported_value} rows of its own (ReorganisedPeriods), which no API offers.
 */
@ApplicationModule(displayName = "Indicators", allowedDependencies = { "platform", "territory", "figures", "reported" })
@NullMarked
package vn.ngoso.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
