/**
 * The first run of a deployment: its administrator chooses the province it serves, imports the
 * province's hamlets and its teams, and is sent on to create the accounts. Only orchestration:
 * the province setting belongs to territory, the imports to territory and teams.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams" })
@NullMarked
package vn.ngoso.setup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
