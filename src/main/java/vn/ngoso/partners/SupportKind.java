package vn.ngoso.partners;

/** What a partner gave: events attended, SIMs or phones donated, staff-days at the service desks. */
public enum SupportKind {
	EVENT, SIMS_PHONES, DESK_STAFF_DAYS
}
