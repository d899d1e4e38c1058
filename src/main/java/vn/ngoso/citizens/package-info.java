/**
 * The public page for citizens, without login: find the team of a hamlet, send feedback and
 * follow it by its reference number. Light pages (no script) for cheap phones on 3G; nothing
 * personal about anyone else is ever shown; submissions are limited per address.
 */
@ApplicationModule(allowedDependencies = { "platform", "feedback" })
@NullMarked
package vn.ngoso.citizens;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
