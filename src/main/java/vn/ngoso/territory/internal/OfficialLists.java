package vn.ngoso.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.csv.CsvReader;

/**
 * Loads the shipped official lists once each: the GSO list of Long An as of 1 Nov 2024 (the
 * demo's history) and the national list in force from 1 July 2025 (34 provinces, 3,321
 * communes). Both stay open side by side until a reorganisation closes the older units.
 * <p>
 * A database made before the national list shipped holds the Tây Ninh list of the same day: a
 * unit whose (code, valid_from) is loaded already is reused, never duplicated. Units are matched
 * by code and date only, never by name (codes are reused, names repeat across provinces).
 */
@Component
@Order(0)
public class OfficialLists implements ApplicationRunner {

	public record OfficialList(String name, String resource, LocalDate validFrom) {
	}

	public static final OfficialList LONG_AN_2024 = new OfficialList("GSO-LONG-AN-2024-11-01",
			"official-lists/long-an-2024.csv", LocalDate.of(2024, 11, 1));

	/** Shipped until the national list replaced it; databases made then have it loaded. */
	public static final OfficialList TAY_NINH_2025 = new OfficialList("GSO-TAY-NINH-2025-07-01",
			"official-lists/tay-ninh-2025.csv", LocalDate.of(2025, 7, 1));

	public static final OfficialList VIETNAM_2025 = new OfficialList("GSO-VIETNAM-2025-07-01",
			"official-lists/units-2025.csv", LocalDate.of(2025, 7, 1));

	static final List<OfficialList> SHIPPED = List.of(LONG_AN_2024, VIETNAM_2025);

	private static final Logger log = LoggerFactory.getLogger(OfficialLists.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	OfficialLists(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		SHIPPED.forEach(this::load);
	}

	/** Loads a list unless it is loaded already, in one transaction. */
	public void load(OfficialList list) {
		tx.executeWithoutResult(status -> loadIfMissing(list));
	}

	private void loadIfMissing(OfficialList list) {
		boolean loaded = jdbc.sql("select exists(select 1 from official_list where name = ?)")
			.param(list.name()).query(Boolean.class).single();
		if (loaded) {
			return;
		}
		long start = System.nanoTime();
		List<ListFormats.Unit> rows = rows(list.resource());
		Map<String, Placed> placed = alreadyLoaded(rows, list.validFrom());
		int reused = placed.size();
		List<Long> ids = jdbc.sql("select nextval('admin_unit_id_seq') from generate_series(1, ?)")
			.param(rows.size() - reused).query(Long.class).list();
		NewUnits inserts = new NewUnits();
		for (ListFormats.Unit row : rows) {
			if (placed.containsKey(row.code())) {
				continue;
			}
			Placed parent = row.parentCode().isEmpty() ? null : placed.get(row.parentCode());
			if (!row.parentCode().isEmpty() && parent == null) {
				throw new IllegalStateException("Shipped list " + list.resource() + ": parent " + row.parentCode()
						+ " of " + row.code() + " comes later or not at all");
			}
			long id = ids.get(inserts.size());
			Placed unit = new Placed(id, parent == null ? Long.toString(id) : parent.path() + "." + id,
					parent == null ? row.code() : parent.provinceCode());
			placed.put(row.code(), unit);
			inserts.add(id, row, parent == null ? null : parent.id(), unit);
		}
		// one statement over arrays: thousands of single inserts took seconds at the first start
		jdbc.sql("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code, valid_from, source)
				select id, code, name, folded, type, level, parent_id, path::ltree, province, cast(:day as date), cast(:source as varchar)
				from unnest(:ids::bigint[], :codes::text[], :names::text[], :folded::text[], :types::text[],
				            :levels::smallint[], :parents::bigint[], :paths::text[], :provinces::text[])
				     as u(id, code, name, folded, type, level, parent_id, path, province)
				""").param("ids", inserts.ids.toArray(Long[]::new)).param("codes", inserts.codes.toArray(String[]::new))
			.param("names", inserts.names.toArray(String[]::new)).param("folded", inserts.folded.toArray(String[]::new))
			.param("types", inserts.types.toArray(String[]::new)).param("levels", inserts.levels.toArray(Integer[]::new))
			.param("parents", inserts.parents.toArray(Long[]::new)).param("paths", inserts.paths.toArray(String[]::new))
			.param("provinces", inserts.provinces.toArray(String[]::new)).param("day", list.validFrom())
			.param("source", list.name()).update();
		jdbc.sql("insert into official_list (name, unit_count) values (?, ?)").params(list.name(), rows.size()).update();
		log.info("Loaded official list {}: {} units ({} new, {} already loaded) in {} ms", list.name(), rows.size(),
				inserts.size(), reused, (System.nanoTime() - start) / 1_000_000);
	}

	/** Units of the list's day loaded before (by an older list or a reorganisation), by code. */
	private Map<String, Placed> alreadyLoaded(List<ListFormats.Unit> rows, LocalDate validFrom) {
		Map<String, Placed> placed = new HashMap<>();
		jdbc.sql("""
				select code, id, path::text, province_code from admin_unit
				where valid_from = :day and level < 4 and code in (:codes)
				""").param("day", validFrom).param("codes", rows.stream().map(ListFormats.Unit::code).toList())
			.query((rs, n) -> placed.put(rs.getString(1), new Placed(rs.getLong(2), rs.getString(3), rs.getString(4))))
			.list();
		return placed;
	}

	private record Placed(long id, String path, String provinceCode) {
	}

	/** The new units as columns, for one insert over arrays. */
	private static final class NewUnits {

		final List<Long> ids = new ArrayList<>();

		final List<String> codes = new ArrayList<>();

		final List<String> names = new ArrayList<>();

		final List<String> folded = new ArrayList<>();

		final List<String> types = new ArrayList<>();

		final List<Integer> levels = new ArrayList<>();

		final List<@Nullable Long> parents = new ArrayList<>();

		final List<String> paths = new ArrayList<>();

		final List<String> provinces = new ArrayList<>();

		void add(long id, ListFormats.Unit row, @Nullable Long parent, Placed unit) {
			String name = SearchText.clean(row.name());
			ids.add(id);
			codes.add(row.code());
			names.add(name);
			folded.add(SearchText.fold(name));
			types.add(row.type().name());
			levels.add(row.type().level());
			parents.add(parent);
			paths.add(unit.path());
			provinces.add(unit.provinceCode());
		}

		int size() {
			return ids.size();
		}
	}

	private static List<ListFormats.Unit> rows(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			byte[] bytes = in.readAllBytes();
			boolean national = ListFormats.isNational(bytes);
			List<ListFormats.Unit> rows = new ArrayList<>();
			for (CsvReader.Row row : CsvReader.read(bytes, ListFormats.header(national))) {
				rows.add(ListFormats.unit(row, national)
					.orElseThrow(() -> new IllegalStateException("Shipped list " + resource + ", bad row: " + row)));
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (CsvReader.BadFile e) {
			throw new IllegalStateException("Shipped list " + resource + " is broken: " + e.messageKey(), e);
		}
	}
}
