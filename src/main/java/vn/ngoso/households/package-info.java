/**
 * Households and residents: who lives where, each resident's digital-readiness profile with its
 * history, and their personal data (encrypted citizen ID, masked phone, consent and erasure).
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "figures" })
@NullMarked
package vn.ngoso.households;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
