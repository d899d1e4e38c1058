package vn.ngoso.households;

/** How a resident agreed to the processing of their personal data. */
public enum ConsentMethod {
	PAPER, VERBAL, APP
}
