package vn.ngoso.imports.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Finds a row's hamlet by commune code and hamlet name (case-insensitive, NFC), within the
 * uploader's scope. A commune outside the scope looks exactly like an unknown one. Each commune
 * is looked up once per file: a file names few communes and many rows.
 */
final class HamletDirectory {

	/** A hamlet a row may belong to. */
	record Hamlet(long id, long communeId) {
	}

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Scope scope;

	private final LocalDate today;

	private final Map<String, Map<String, Hamlet>> byCommune = new HashMap<>();

	// rows come household by household, so the next row's hamlet is most often the last one's
	private String lastCommune = "";

	private String lastHamlet = "";

	private Optional<Hamlet> last = Optional.empty();

	HamletDirectory(Territory territory, JdbcClient jdbc, Scope scope, LocalDate today) {
		this.territory = territory;
		this.jdbc = jdbc;
		this.scope = scope;
		this.today = today;
	}

	Optional<Hamlet> find(String communeCode, String hamletName) {
		if (!communeCode.equals(lastCommune) || !hamletName.equals(lastHamlet)) {
			Map<String, Hamlet> hamlets = byCommune.computeIfAbsent(communeCode, this::hamletsOf);
			last = Optional.ofNullable(hamlets.get(key(hamletName)));
			lastCommune = communeCode;
			lastHamlet = hamletName;
		}
		return last;
	}

	private Map<String, Hamlet> hamletsOf(String communeCode) {
		Optional<AdminUnit> commune = territory.lookupCodeIgnoringScope(communeCode)
			.filter(AdminUnit::isCommune)
			.filter(c -> scope.coversUnitPath(c.path()));
		if (commune.isEmpty()) {
			return Map.of();
		}
		long communeId = commune.get().id();
		List<Map.Entry<String, Hamlet>> rows = jdbc.sql("""
				select id, name from admin_unit
				where parent_id = ? and level = 4 and valid_from <= ? and (valid_to is null or valid_to >= ?)
				order by valid_from
				""").params(communeId, today, today)
			.query((rs, n) -> Map.entry(key(rs.getString("name")),
					new Hamlet(rs.getLong("id"), communeId)))
			.list();
		Map<String, Hamlet> hamlets = new HashMap<>();
		rows.forEach(e -> hamlets.putIfAbsent(e.getKey(), e.getValue()));
		return hamlets;
	}

	private static String key(String name) {
		return SearchText.clean(name).toLowerCase(Locale.ROOT);
	}
}
