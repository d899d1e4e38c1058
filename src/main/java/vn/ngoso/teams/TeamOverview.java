package vn.ngoso.teams;

/** The scope at a glance, as on the home page. */
public record TeamOverview(int communesWithTeams, int communes, int teams, int members, int youthMembers,
		int teamsOutsideSize) {
}
