package vn.ngoso.outreach;

/** How many visits a team member took part in over a period (a team leader's week). */
public record MemberVisits(long memberId, String fullName, long visits) {
}
