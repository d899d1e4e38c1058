/**
 * Cashless acceptance points: commercial centres, supermarkets, convenience stores, markets and
 * the stalls within a market, the payment methods they take and the team that helped. They make
 * the tracked figures of the report's cashless line; a public read lists them by unit for the
 * citizens' page (a business, nothing personal).
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "figures" })
@NullMarked
package vn.ngoso.merchants;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
