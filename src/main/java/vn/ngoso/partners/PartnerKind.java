package vn.ngoso.partners;

/** What a partner enterprise is. */
public enum PartnerKind {
	POSTAL, TELECOM, IT, BANK
}
