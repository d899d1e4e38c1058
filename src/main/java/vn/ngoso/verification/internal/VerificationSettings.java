package vn.ngoso.verification.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a month's sample is (a share of each team's visits, but at least a minimum, or all a
 * team has), and whether a visit its resident did not confirm stops counting in the figures.
 */
@ConfigurationProperties("ngoso.verification")
public record VerificationSettings(@DefaultValue("5") BigDecimal share, @DefaultValue("5") int minimum,
		@DefaultValue("true") boolean excludeNotConfirmed) {
}
