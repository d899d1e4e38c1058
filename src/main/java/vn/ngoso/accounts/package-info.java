/**
 * Who signs in and what they may see: users with one role and one scope unit, form login for
 * people, bearer tokens for API clients, the login throttle and the audit log.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams" })
@NullMarked
package vn.ngoso.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
