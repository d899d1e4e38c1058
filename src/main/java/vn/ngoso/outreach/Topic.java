package vn.ngoso.outreach;

/** What an outreach session is about: the fixed list of the teams' work. */
public enum Topic {
	ONLINE_PUBLIC_SERVICES, ONLINE_PAYMENT, VNEID, PROVINCIAL_APP, CASHLESS, DIGITAL_SKILLS, ONLINE_SAFETY
}
