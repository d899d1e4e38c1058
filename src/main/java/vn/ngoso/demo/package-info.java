/**
 * Deterministic demo data on an empty database: hamlets for the Long An 2024 tree, 998 teams
 * with 5,485 members (4,980 youth) and one account per role.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "accounts" })
@NullMarked
package vn.ngoso.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
