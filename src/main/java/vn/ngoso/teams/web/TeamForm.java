package vn.ngoso.teams.web;

import java.time.LocalDate;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamDetails;

/** The team form; only these fields are bound from a request. */
public class TeamForm {

	private Long unitId;

	private String name;

	private String decisionNo;

	private LocalDate decisionDate;

	static TeamForm of(Team team) {
		var form = new TeamForm();
		form.unitId = team.unitId();
		form.name = team.name();
		form.decisionNo = team.decisionNo();
		form.decisionDate = team.decisionDate();
		return form;
	}

	TeamDetails toDetails() {
		return new TeamDetails(unitId, name, decisionNo, decisionDate);
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDecisionNo() {
		return decisionNo;
	}

	public void setDecisionNo(String decisionNo) {
		this.decisionNo = decisionNo;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}
}
