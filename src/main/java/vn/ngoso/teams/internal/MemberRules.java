package vn.ngoso.teams.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ngoso.platform.Ages;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.MemberDetails;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.TeamRole;

/** Checks every field of a member at once, so a form shows all its mistakes together. */
public final class MemberRules {

	public static final int MIN_AGE = 15;

	public static final int MAX_AGE = 100;

	public static final int MAX_NAME = 100;

	/** A member's fields once checked and cleaned. */
	public record ValidMember(String fullName, LocalDate birthDate, Sex sex, String phone, TeamRole role,
			Set<Affiliation> affiliations, LocalDate joinedOn) {
	}

	private MemberRules() {
	}

	public static ValidMember check(MemberDetails d, LocalDate today) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		String name = d.fullName() == null ? "" : SearchText.clean(d.fullName());
		if (name.isEmpty()) {
			errors.add(new InvalidInput.FieldError("fullName", "member.fullName.required"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(new InvalidInput.FieldError("fullName", "member.fullName.tooLong", MAX_NAME));
		}
		else if (name.chars().anyMatch(Character::isDigit)) {
			errors.add(new InvalidInput.FieldError("fullName", "member.fullName.digits"));
		}
		if (d.birthDate() == null) {
			errors.add(new InvalidInput.FieldError("birthDate", "member.birthDate.required"));
		}
		else if (d.birthDate().isAfter(today)) {
			errors.add(new InvalidInput.FieldError("birthDate", "member.birthDate.future"));
		}
		else {
			int age = Ages.ageOn(d.birthDate(), today);
			if (age < MIN_AGE || age > MAX_AGE) {
				errors.add(new InvalidInput.FieldError("birthDate", "member.birthDate.implausible", MIN_AGE, MAX_AGE));
			}
		}
		if (d.sex() == null) {
			errors.add(new InvalidInput.FieldError("sex", "member.sex.required"));
		}
		String phone = d.phone() == null ? null : PhoneNumber.normalize(d.phone()).orElse(null);
		if (d.phone() == null || d.phone().isBlank()) {
			errors.add(new InvalidInput.FieldError("phone", "member.phone.required"));
		}
		else if (phone == null) {
			errors.add(new InvalidInput.FieldError("phone", "member.phone.invalid"));
		}
		LocalDate joined = d.joinedOn() == null ? today : d.joinedOn();
		if (joined.isAfter(today)) {
			errors.add(new InvalidInput.FieldError("joinedOn", "member.joinedOn.future"));
		}
		else if (d.birthDate() != null && !joined.isAfter(d.birthDate())) {
			errors.add(new InvalidInput.FieldError("joinedOn", "member.joinedOn.beforeBirth"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Set<Affiliation> affiliations = d.affiliations() == null || d.affiliations().isEmpty()
				? EnumSet.noneOf(Affiliation.class) : EnumSet.copyOf(d.affiliations());
		return new ValidMember(name, d.birthDate(), d.sex(), phone, d.role() == null ? TeamRole.MEMBER : d.role(),
				affiliations, joined);
	}
}
