package vn.ngoso.teams;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What is typed to add or edit a member; checked by the teams service, never trusted. */
public record MemberDetails(@Nullable String fullName, @Nullable LocalDate birthDate, @Nullable Sex sex,
		@Nullable String phone, @Nullable TeamRole role, @Nullable Set<Affiliation> affiliations,
		@Nullable LocalDate joinedOn) {
}
