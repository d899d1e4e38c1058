package vn.ngoso.teams.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.ngoso.teams.Affiliation;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.MemberDetails;
import vn.ngoso.teams.Sex;
import vn.ngoso.teams.TeamRole;

/** The member form; only these fields are bound from a request. */
public class MemberForm {

	private String fullName;

	private LocalDate birthDate;

	private Sex sex;

	private String phone;

	private TeamRole role = TeamRole.MEMBER;

	private Set<Affiliation> affiliations = EnumSet.noneOf(Affiliation.class);

	private LocalDate joinedOn;

	static MemberForm of(Member m) {
		var form = new MemberForm();
		form.fullName = m.fullName();
		form.birthDate = m.birthDate();
		form.sex = m.sex();
		form.phone = m.phone();
		form.role = m.role();
		form.affiliations = m.affiliations().isEmpty() ? EnumSet.noneOf(Affiliation.class) : EnumSet.copyOf(m.affiliations());
		form.joinedOn = m.joinedOn();
		return form;
	}

	MemberDetails toDetails() {
		return new MemberDetails(fullName, birthDate, sex, phone, role, affiliations, joinedOn);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Sex getSex() {
		return sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public TeamRole getRole() {
		return role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

	public Set<Affiliation> getAffiliations() {
		return affiliations;
	}

	public void setAffiliations(Set<Affiliation> affiliations) {
		this.affiliations = affiliations == null ? EnumSet.noneOf(Affiliation.class) : affiliations;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}
}
