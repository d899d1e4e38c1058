/**
 * Partner enterprises (postal, telecom, IT companies, banks) that support the teams: the units
 * they cover, the support they give (events attended, SIMs and phones donated, staff-days at the
 * service desks), and their own people's view (role PARTNER): their contributions and the
 * figures of the units they cover, nothing personal.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "accounts", "figures", "outreach" })
@NullMarked
package vn.ngoso.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
