/**
 * Deterministic demo data on an empty database: hamlets for the Long An 2024 tree, 998 teams
 * with 5,485 members (4,980 youth), one account per role, and the households of one commune.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "accounts", "households" })
@NullMarked
package vn.ngoso.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
