/**
 * The administrative tree: official units with their validity dates, hamlets entered locally,
 * diacritic-insensitive search, all limited to the caller's subtree.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package vn.ngoso.territory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
