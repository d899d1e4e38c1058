package vn.ngoso.citizens;

import org.jspecify.annotations.Nullable;

/**
 * What the public learns about a hamlet's team: its name, the leader's given name only and a
 * masked phone (enough to recognise them at the door, not to collect their data). The commune's id
 * is for what the page lists commune-wide (cashless points).
 */
public record HamletTeam(long hamletId, String hamlet, long communeId, String commune, @Nullable String district,
		@Nullable String teamName, @Nullable String leaderFirstName, @Nullable String maskedPhone) {
}
