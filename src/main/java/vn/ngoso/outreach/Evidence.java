package vn.ngoso.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * A photo kept as a visit's evidence. The image is a file of its own (named by the id), never in
 * the row; the row says what it shows, how big it is, who sent it and when.
 *
 * @param unitPath the visit's hamlet: who may see the photo is decided by it
 */
public record Evidence(UUID id, UUID visitId, String unitPath, Kind kind, int bytes, int width, int height,
		String recordedBy, Instant recordedAt) {

	/** What the photo shows. */
	public enum Kind {
		/** The resident's signed consent form. */
		CONSENT,
		/** The installed app's screen on the resident's phone. */
		APP_SCREEN
	}
}
