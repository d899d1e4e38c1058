/**
 * The offline client's sync API: the member's working set and the changes to it since a cursor
 * (pull), and batches of records made on a phone, each applied exactly once (push). Records go
 * through the owning modules' services, so scope, validation, the profile's forward-only rule and
 * the live figures are the same as for a page or an API call.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "households", "outreach", "tasks" })
@NullMarked
package vn.ngoso.sync;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
