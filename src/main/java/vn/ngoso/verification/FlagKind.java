package vn.ngoso.verification;

/**
 * The kinds of flag the daily job raises, each with its threshold in {@code flag_rule}. The issue's
 * "same device token used by several members" is {@link #SHARED_DEVICE}: a token belongs to one
 * account, so the phone is compared instead, by the id the offline app sends with each push.
 */
public enum FlagKind {
	VISITS_HOUR, VISITS_DAY, DESK_DAY, MANY_FLUENT, ALREADY_HAD, REPEAT_NO_CHANGE, COVERED_JUMP, SHARED_DEVICE
}
