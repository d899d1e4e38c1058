package vn.ngoso.households.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.CitizenId;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.NewResident;
import vn.ngoso.households.Relation;
import vn.ngoso.platform.Ages;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Sex;

/** Checks a resident's fields all at once; shared by the form, the API and the import. */
public final class ResidentRules {

	public static final int MAX_AGE = 120;

	/** A resident's fields once checked and cleaned. */
	public record ValidResident(String fullName, @Nullable LocalDate birthDate, int birthYear, Sex sex,
			Relation relation, @Nullable String phone, @Nullable String cccd, @Nullable ConsentMethod consent) {
	}

	private ResidentRules() {
	}

	public static ValidResident check(NewResident r, LocalDate today) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String name = r.fullName() == null ? "" : SearchText.clean(r.fullName());
		if (name.isEmpty()) {
			errors.add(new InvalidInput.FieldError("fullName", "resident.fullName.required"));
		}
		else if (name.length() > 100 || name.chars().anyMatch(Character::isDigit)) {
			errors.add(new InvalidInput.FieldError("fullName", "resident.fullName.invalid"));
		}
		int birthYear = 0;
		if (r.birthDate() != null) {
			if (r.birthDate().isAfter(today)) {
				errors.add(new InvalidInput.FieldError("birthDate", "resident.birthDate.future"));
			}
			else if (Ages.ageOn(r.birthDate(), today) > MAX_AGE) {
				errors.add(new InvalidInput.FieldError("birthDate", "resident.birthDate.implausible"));
			}
			birthYear = r.birthDate().getYear();
		}
		else if (r.birthYear() == null) {
			errors.add(new InvalidInput.FieldError("birthDate", "resident.birthDate.required"));
		}
		else if (r.birthYear() > today.getYear()) {
			errors.add(new InvalidInput.FieldError("birthYear", "resident.birthDate.future"));
		}
		else if (Ages.ageOn(null, r.birthYear(), today) > MAX_AGE) {
			errors.add(new InvalidInput.FieldError("birthYear", "resident.birthDate.implausible"));
		}
		else {
			birthYear = r.birthYear();
		}
		if (r.sex() == null) {
			errors.add(new InvalidInput.FieldError("sex", "resident.sex.required"));
		}
		String phone = null;
		if (r.phone() != null && !r.phone().isBlank()) {
			phone = PhoneNumber.normalize(r.phone()).orElse(null);
			if (phone == null) {
				errors.add(new InvalidInput.FieldError("phone", "resident.phone.invalid"));
			}
		}
		String cccd = null;
		if (r.cccd() != null && !r.cccd().isBlank()) {
			if (!CitizenId.hasTwelveDigits(r.cccd())) {
				errors.add(new InvalidInput.FieldError("cccd", "resident.cccd.length"));
			}
			else {
				cccd = CitizenId.normalize(r.cccd()).orElse(null);
				if (cccd == null) {
					errors.add(new InvalidInput.FieldError("cccd", "resident.cccd.province"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new ValidResident(name, r.birthDate(), birthYear, r.sex(),
				r.relation() == null ? Relation.OTHER : r.relation(), phone, cccd, r.consentMethod());
	}

	/** "Nguyễn Văn An" → "N. V. A." : what is kept of a name once consent is withdrawn. */
	public static String initials(String fullName) {
		StringBuilder out = new StringBuilder();
		for (String word : fullName.strip().split("\\s+")) {
			if (!word.isEmpty()) {
				out.append(word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase()).append(". ");
			}
		}
		return out.toString().strip();
	}
}
