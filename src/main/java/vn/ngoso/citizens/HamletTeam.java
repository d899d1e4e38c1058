package vn.ngoso.citizens;

import org.jspecify.annotations.Nullable;

/**
 * What the public learns about a hamlet's team: its name, the leader's given name only and a
 * masked phone (enough to recognise them at the door, not to collect their data).
 */
public record HamletTeam(long hamletId, String hamlet, String commune, @Nullable String district,
		@Nullable String teamName, @Nullable String leaderFirstName, @Nullable String maskedPhone) {
}
