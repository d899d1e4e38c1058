package vn.ngoso.households.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.NewResident;
import vn.ngoso.households.Relation;
import vn.ngoso.teams.Sex;

/** A resident as a client posts one; birth date or, when only that is known, birth year. */
record ResidentBody(@Nullable String fullName, @Nullable LocalDate birthDate, @Nullable Integer birthYear,
		@Nullable Sex sex, @Nullable Relation relation, @Nullable String phone, @Nullable String cccd,
		@Nullable ConsentMethod consentMethod) {

	NewResident toCommand() {
		return new NewResident(fullName, birthDate, birthYear, sex, relation, phone, cccd, consentMethod);
	}
}
