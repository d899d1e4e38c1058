package vn.ngoso.verification;

/** What the resident said when the officer called or came by. */
public enum VerificationResult {
	CONFIRMED, NOT_CONFIRMED, UNREACHABLE
}
