package vn.ngoso.outreach.internal;

import java.util.Optional;
import vn.ngoso.figures.FigureScope;

/** The condition picking a kind of record for a figure scope: its own records by id, a subtree, or all. */
final class OperationScopes {

	private OperationScopes() {
	}

	static Optional<String> where(FigureScope scope, String kind, String alias) {
		if (scope instanceof FigureScope.Records r && r.kind().equals(kind)) {
			return Optional.of(alias + ".id in (:ids)");
		}
		if (scope instanceof FigureScope.Under) {
			return Optional.of(alias + ".unit_path <@ cast(:path as ltree)");
		}
		if (scope instanceof FigureScope.All) {
			return Optional.of("true");
		}
		return Optional.empty();
	}
}
