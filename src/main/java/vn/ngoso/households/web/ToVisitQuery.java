package vn.ngoso.households.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ngoso.households.HamletChoice;
import vn.ngoso.households.ToVisitFilter;

/**
 * The GET parameters of "Hộ cần thăm" read leniently: a bookmarked or hand-typed address with a
 * page of "abc" or -1 or a filter of "maybe" still gives a page (the first, the filter off) rather
 * than an error. A hamlet that is not among the caller's choices is dropped here; the page answers
 * 404 when it lies outside the scope (and, like every list, the error page of a parameter that is no number to a hamlet id of "abc").
 */
public record ToVisitQuery(ToVisitFilter filter, int page) {

	static ToVisitQuery parse(@Nullable Long unitId, @Nullable String notCovered, @Nullable String neverVisited,
			@Nullable String q, @Nullable String page, List<HamletChoice> hamlets) {
		Long unit = unitId != null && hamlets.stream().anyMatch(h -> h.id() == unitId) ? unitId : null;
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		Long p = number(page);
		int shown = p == null || p < 0 ? 0 : (int) Math.min(p, Integer.MAX_VALUE / 1000);
		return new ToVisitQuery(new ToVisitFilter(unit, on(notCovered), on(neverVisited), text), shown);
	}

	/** This page's address for another page, with only the filters that are set: a clean bookmark. */
	public String link(int otherPage) {
		var uri = UriComponentsBuilder.fromPath("/households/to-visit");
		if (filter.q() != null) {
			uri.queryParam("q", filter.q());
		}
		if (filter.unitId() != null) {
			uri.queryParam("unitId", filter.unitId());
		}
		if (filter.notCovered()) {
			uri.queryParam("notCovered", true);
		}
		if (filter.neverVisited()) {
			uri.queryParam("neverVisited", true);
		}
		return uri.queryParam("page", otherPage).encode().build().toUriString();
	}

	private static boolean on(@Nullable String value) {
		return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value) || "1".equals(value);
	}

	private static @Nullable Long number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
