package vn.ngoso.households;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ngoso.teams.Sex;

/** A resident to add; birth date or, when only that is known, birth year. */
public record NewResident(@Nullable String fullName, @Nullable LocalDate birthDate, @Nullable Integer birthYear,
		@Nullable Sex sex, @Nullable Relation relation, @Nullable String phone, @Nullable String cccd,
		@Nullable ConsentMethod consentMethod) {
}
