/**
 * The figures the teams are judged by, as people read them: reported ones entered by the source
 * agencies and approved by the level above, the dashboards, the targets and the provincial
 * report. The catalogue and the live figures are in the figures module.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "figures", "reported" })
@NullMarked
package vn.ngoso.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
