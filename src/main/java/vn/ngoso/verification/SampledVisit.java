package vn.ngoso.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One sampled visit as the checking officer sees it: whom to ask about what, with the phone
 * masked (revealing it is a separate, audited read).
 *
 * @param residentId the resident to call: the one whose outcome was recorded with a phone, else
 *     the household head, else anyone in the household with a phone; null when nobody has one
 * @param outcomes what the visit recorded, as "resident: item" pairs (item names)
 * @param resolved what an officer decided about a "not confirmed", null while open (or for other results)
 */
public record SampledVisit(UUID visitId, UUID householdId, String headName, String hamlet, LocalDate visitedOn,
		@Nullable String team, List<Outcome> outcomes, @Nullable UUID residentId, @Nullable String residentName,
		@Nullable String maskedPhone, @Nullable VerificationResult result, @Nullable String reason,
		@Nullable Resolved resolved) {

	public boolean checked() {
		return result != null;
	}

	/** A "not confirmed" waiting for an officer's decision. */
	public boolean open() {
		return result == VerificationResult.NOT_CONFIRMED && resolved == null;
	}

	public record Outcome(String resident, String item) {
	}

	public record Resolved(Resolution as, String note, String by, Instant at) {
	}
}
