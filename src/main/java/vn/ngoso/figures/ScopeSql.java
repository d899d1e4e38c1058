package vn.ngoso.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Turns a {@link FigureScope} into the SQL condition picking a source's records, and supplies
 * the parameters that condition names: {@code :ids} and {@code :path}, the only parameters a
 * source's SQL may use. Each method answers the scopes of one shape of records and is empty for
 * the others.
 */
public final class ScopeSql {

	private ScopeSql() {
	}

	/**
	 * Records of one kind, by id (the source answers for the scope's kind: {@link FigureSource#recordKinds()}),
	 * a subtree, or all.
	 */
	public static Optional<String> records(FigureScope scope, String idColumn, String pathColumn) {
		if (scope instanceof FigureScope.Records) {
			return Optional.of(inIds(idColumn));
		}
		return underOrAll(scope, pathColumn);
	}

	/** Households by id, a subtree, or all. */
	public static Optional<String> households(FigureScope scope, String idColumn, String pathColumn) {
		if (scope instanceof FigureScope.Households) {
			return Optional.of(anyId(idColumn));
		}
		return underOrAll(scope, pathColumn);
	}

	/** The records of some communes (by the commune {@code communeColumn} names), a subtree, or all. */
	public static Optional<String> communes(FigureScope scope, String communeColumn, String pathColumn) {
		if (scope instanceof FigureScope.Communes) {
			return Optional.of(inIds(communeColumn));
		}
		return underOrAll(scope, pathColumn);
	}

	private static Optional<String> underOrAll(FigureScope scope, String pathColumn) {
		if (scope instanceof FigureScope.Under) {
			return Optional.of(under(pathColumn));
		}
		if (scope instanceof FigureScope.All) {
			return Optional.of("true");
		}
		return Optional.empty();
	}

	/** The column is one of a {@link FigureScope.Communes} or {@link FigureScope.Records} scope's ids. */
	public static String inIds(String column) {
		return column + " in (:ids)";
	}

	/** The column is one of a {@link FigureScope.Households} scope's ids. */
	public static String anyId(String column) {
		return column + " = any(:ids)";
	}

	/** The path column is under a {@link FigureScope.Under} scope's path. */
	public static String under(String pathColumn) {
		return pathColumn + " <@ cast(:path as ltree)";
	}

	/** The values of the parameters the conditions above name, for this scope. */
	public static Map<String, Object> parameters(FigureScope scope) {
		if (scope instanceof FigureScope.Households h) {
			// one array parameter, not thousands of placeholders: an import batch names 2,000 households
			return Map.of("ids", new SqlArrayValue("uuid", h.ids().toArray()));
		}
		if (scope instanceof FigureScope.Communes c) {
			return Map.of("ids", c.ids().isEmpty() ? List.of(-1L) : c.ids());
		}
		if (scope instanceof FigureScope.Records r) {
			return Map.of("ids", r.ids().isEmpty() ? List.of(new UUID(0, 0)) : r.ids());
		}
		if (scope instanceof FigureScope.Under u) {
			return Map.of("path", u.path());
		}
		return Map.of();
	}
}
