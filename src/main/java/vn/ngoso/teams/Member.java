package vn.ngoso.teams;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One membership of a person in a team; leaving closes it and a new one is made on return. */
public record Member(long id, long teamId, String teamName, String fullName, LocalDate birthDate, Sex sex,
		String phone, TeamRole role, Set<Affiliation> affiliations, LocalDate joinedOn, @Nullable LocalDate leftOn) {

	public boolean active() {
		return leftOn == null;
	}

	public boolean youthOn(LocalDate day) {
		return Youth.isYouth(birthDate, day);
	}
}
