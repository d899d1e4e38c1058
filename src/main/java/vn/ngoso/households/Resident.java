package vn.ngoso.households;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.teams.Sex;

/**
 * A resident as the caller may see them: the phone masked for a member, the citizen ID always
 * masked here (revealing it is a separate, audited read).
 *
 * @param consentOn the day of {@code consentAt} in Vietnam, as pages show it
 */
public record Resident(UUID id, UUID householdId, String fullName, @Nullable LocalDate birthDate, int birthYear,
		Sex sex, Relation relation, @Nullable String phone, @Nullable String cccdMasked, @Nullable Instant consentAt,
		@Nullable ConsentMethod consentMethod, @Nullable String consentBy, boolean erased, int age,
		Map<ReadinessItem, ReadinessMark> profile, @Nullable LocalDate consentOn) {

	public static final int PROFILE_MIN_AGE = 15;

	public boolean hasProfile() {
		return age >= PROFILE_MIN_AGE;
	}

	public boolean has(ReadinessItem item) {
		return profile.containsKey(item);
	}

	public boolean consented() {
		return consentAt != null;
	}
}
