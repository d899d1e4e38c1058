package vn.ngoso.accounts.web;

import java.util.List;

/**
 * Every entity type and action the modules publish as {@code Audited}, each with a label
 * {@code audit.type.X} / {@code audit.action.X} in Vietnamese and English. A test compares
 * these with the source and the log, so a new one cannot appear on the page untranslated.
 */
public final class AuditVocabulary {

	/** In the order the filter offers them: people and teams first, then the work, then the figures. */
	public static final List<String> TYPES = List.of("UNIT", "TEAM", "MEMBER", "USER", "HOUSEHOLD", "RESIDENT",
			"IMPORT", "OUTREACH_SESSION", "SERVICE_DESK_DAY", "TASK", "TARGET", "COURSE", "TRAINING_SESSION",
			"TRAINING_COMPLETION", "FEEDBACK", "FEEDBACK_ROUTE", "MERCHANT", "PARTNER", "PARTNER_SUPPORT",
			"REPORTED_VALUE", "FIGURES", "REORGANISATION", "SETTING", "INDICATOR_TARGET",
			"DATA_FLAG", "FLAG_RULE", "VISIT_EVIDENCE", "VERIFICATION_SAMPLE");

	public static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "LEAVE", "EDIT", "MOVE",
			"CONSENT", "ERASE", "READ_CCCD", "IMPORT", "IMPORT_COMPLETIONS", "CASCADE", "SIGN_OFF", "SUBMIT",
			"APPROVE", "REJECT", "ANSWER", "REOPEN", "REROUTE", "RECOMPUTE", "APPLY",
			"REVIEW", "READ_PHOTO", "READ_PHONE", "DRAW", "CHECK", "RESOLVE");

	private AuditVocabulary() {
	}
}
