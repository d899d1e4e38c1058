package vn.ngoso.platform;

/** Implemented by the authenticated principal so that modules can read the caller's scope. */
public interface ScopedPrincipal {

	Scope scope();
}
