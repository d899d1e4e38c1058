package vn.ngoso.platform.web;

import java.util.Optional;
import vn.ngoso.platform.Scope;

/**
 * A part of the signed-in home page, drawn by the module that owns what it shows (the member's
 * households to visit, their tasks, an agency's inbox, a partner's contributions). The home page
 * gathers the parts meant for the caller's role, so it depends on none of those modules.
 */
public interface HomeSection {

	/** What this section shows the caller, or empty when it has nothing for their role. */
	Optional<Part> partFor(Scope scope);

	/**
	 * @param order place on the page, lower first
	 * @param template the template holding {@code th:fragment="section(data)"}
	 * @param data what the fragment draws
	 */
	record Part(int order, String template, Object data) {
	}
}
