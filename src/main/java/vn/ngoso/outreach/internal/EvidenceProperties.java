package vn.ngoso.outreach.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where visit photos are kept and how big they may be.
 *
 * @param dir directory of the photo files, outside the database
 * @param maxBytes the largest upload accepted (a phone's photo is 2–5 MB; most are made smaller
 *     by the phone's browser only when asked, so 3 MB already refuses the biggest)
 * @param maxSide the long side of the stored image: enough to read a signature or an app's screen
 */
@ConfigurationProperties("ngoso.evidence")
public record EvidenceProperties(@DefaultValue("data/evidence") String dir,
		@DefaultValue("3145728") long maxBytes, @DefaultValue("1600") int maxSide) {
}
