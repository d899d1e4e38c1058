package vn.ngoso.outreach.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is plausible for an outreach session, by the kind of place that holds it: a hamlet's
 * cultural house seats a few hundred, a commune hall more; above that only a district or the
 * province organises. A head count above the cap is a typo (an extra zero), not a session.
 */
@ConfigurationProperties("ngoso.outreach.max-attendees")
public record OutreachLimits(@DefaultValue("300") int hamlet, @DefaultValue("1500") int commune,
		@DefaultValue("5000") int wider) {

	public int forLevel(int level) {
		return level >= 4 ? hamlet : level == 3 ? commune : wider;
	}
}
