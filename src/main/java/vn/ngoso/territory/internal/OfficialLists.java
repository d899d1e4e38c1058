package vn.ngoso.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.platform.csv.CsvReader;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.UnitType;

/**
 * Loads the shipped official lists once each: the GSO list of Long An as of 1 Nov 2024 and the
 * Tây Ninh list in force from 1 July 2025. Both stay open side by side until the 2025
 * reorganisation is applied, which closes the older units.
 */
@Component
@Order(0)
class OfficialLists implements ApplicationRunner {

	record OfficialList(String name, String resource, LocalDate validFrom) {
	}

	static final List<OfficialList> SHIPPED = List.of(
			new OfficialList("GSO-LONG-AN-2024-11-01", "official-lists/long-an-2024.csv", LocalDate.of(2024, 11, 1)),
			new OfficialList("GSO-TAY-NINH-2025-07-01", "official-lists/tay-ninh-2025.csv", LocalDate.of(2025, 7, 1)));

	private static final Logger log = LoggerFactory.getLogger(OfficialLists.class);

	private static final List<String> HEADER = List.of("code", "name", "type", "level", "parent_code");

	private final UnitRepository units;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	OfficialLists(UnitRepository units, JdbcClient jdbc, TransactionTemplate tx) {
		this.units = units;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		SHIPPED.forEach(list -> tx.executeWithoutResult(status -> loadIfMissing(list)));
	}

	private void loadIfMissing(OfficialList list) {
		boolean loaded = jdbc.sql("select exists(select 1 from official_list where name = ?)")
			.param(list.name()).query(Boolean.class).single();
		if (loaded) {
			return;
		}
		Map<String, AdminUnit> byCode = new HashMap<>();
		for (CsvReader.Row row : rows(list.resource())) {
			String code = row.cell(0);
			UnitType type = UnitType.parse(row.cell(2))
				.orElseThrow(() -> new IllegalStateException("Unknown unit type in " + list.resource() + ": " + row));
			AdminUnit parent = row.cell(4).isEmpty() ? null : byCode.get(row.cell(4));
			String province = parent == null ? code : parent.provinceCode();
			byCode.put(code, units.insert(code, row.cell(1), type, parent, province, list.validFrom(), list.name()));
		}
		jdbc.sql("insert into official_list (name, unit_count) values (?, ?)").params(list.name(), byCode.size()).update();
		log.info("Loaded official list {}: {} units", list.name(), byCode.size());
	}

	private List<CsvReader.Row> rows(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return CsvReader.read(in, 1_000_000, HEADER);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (CsvReader.BadFile e) {
			throw new IllegalStateException("Shipped list " + resource + " is broken: " + e.messageKey(), e);
		}
	}
}
