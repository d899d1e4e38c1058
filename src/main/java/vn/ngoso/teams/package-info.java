/**
 * Teams and their members: roles, affiliations, the 4–12 size rule, youth, and the history of
 * who joined and left.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "figures" })
@NullMarked
package vn.ngoso.teams;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
