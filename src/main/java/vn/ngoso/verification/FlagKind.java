package vn.ngoso.verification;

/**
 * The kinds of flag the daily job raises, each with its threshold in {@code flag_rule}. The issue
 * also asks for "the same device token used by several members": a token here belongs to one
 * account and no visit records the token or phone it came from, so there is nothing to compare
 * (see docs/verification-flags.md).
 */
public enum FlagKind {
	VISITS_HOUR, VISITS_DAY, DESK_DAY, MANY_FLUENT, ALREADY_HAD, REPEAT_NO_CHANGE, COVERED_JUMP
}
