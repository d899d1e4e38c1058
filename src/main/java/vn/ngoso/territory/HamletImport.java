package vn.ngoso.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.platform.csv.CsvReader;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.platform.ImportResult.RowError;

/**
 * Creates hamlets from a CSV file {@code commune_code,name,type}. All rows or none: a file with
 * any bad row writes nothing and lists every bad row, so an officer fixes the file and retries.
 */
@Service
public class HamletImport {

	public static final List<String> HEADER = List.of("commune_code", "name", "type");

	public static final long MAX_BYTES = 1_000_000;

	public static final int MAX_ROWS = 5_000;

	private final Territory territory;

	private final ApplicationEventPublisher events;

	HamletImport(Territory territory, ApplicationEventPublisher events) {
		this.territory = territory;
		this.events = events;
	}

	@Transactional
	public ImportResult importCsv(InputStream csv) throws IOException {
		return importCsv(csv, null);
	}

	/**
	 * As {@link #importCsv(InputStream)}, with every commune looked up inside {@code province}
	 * when given: a commune code of another province (or of an older list) is a row error.
	 */
	@Transactional
	public ImportResult importCsv(InputStream csv, @Nullable AdminUnit province) throws IOException {
		territory.requireOfficer("hamlet import");
		Communes communes = code -> province == null ? territory.getByCode(code) : territory.getByCodeWithin(code, province);
		List<CsvReader.Row> rows;
		try {
			rows = CsvReader.read(csv, MAX_BYTES, HEADER);
		}
		catch (CsvReader.BadFile e) {
			return new ImportResult(0, List.of(new RowError(0, "file", e.messageKey(), "")));
		}
		if (rows.size() > MAX_ROWS) {
			return new ImportResult(0, List.of(new RowError(0, "file", "csv.tooManyRows", String.valueOf(MAX_ROWS))));
		}
		if (rows.isEmpty()) {
			return new ImportResult(0, List.of(new RowError(0, "file", "csv.noRows", "")));
		}
		List<RowError> errors = new ArrayList<>();
		List<Planned> planned = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CsvReader.Row row : rows) {
			check(row, seen, communes, province).ifPresentOrElse(errors::add, () -> planned.add(plan(row, communes)));
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		for (Planned p : planned) {
			AdminUnit created = territory.insertHamlet(p.commune(), p.name(), p.type());
			events.publishEvent(Audited.created("UNIT", created.id(), created.path(), created));
		}
		return new ImportResult(planned.size(), List.of());
	}

	private record Planned(AdminUnit commune, String name, UnitType type) {
	}

	private interface Communes {
		AdminUnit byCode(String code);
	}

	private Planned plan(CsvReader.Row row, Communes communes) {
		AdminUnit commune = communes.byCode(row.cell(0));
		return new Planned(commune, SearchText.clean(row.cell(1)), UnitType.parse(row.cell(2)).orElseThrow());
	}

	private Optional<RowError> check(CsvReader.Row row, Set<String> seen, Communes communes, @Nullable AdminUnit province) {
		if (row.cells().size() != HEADER.size()) {
			return error(row, "file", "csv.wrongCellCount", ControlCharacters.shown(String.join(",", row.cells())));
		}
		for (int column = 0; column < HEADER.size(); column++) {
			if (ControlCharacters.in(row.cell(column))) {
				// not looked up: PostgreSQL refuses a NUL even in a query
				return error(row, HEADER.get(column), ControlCharacters.MESSAGE_KEY, ControlCharacters.shown(row.cell(column)));
			}
		}
		AdminUnit commune;
		try {
			commune = communes.byCode(row.cell(0));
		}
		catch (NotFound e) {
			if (province != null) {
				return Optional.of(new RowError(row.line(), "commune_code", "unit.import.notInProvince", row.cell(0),
						List.of(row.cell(0), province.name())));
			}
			return error(row, "commune_code", "unit.import.unknownCommune", row.cell(0));
		}
		Optional<UnitType> type = UnitType.parse(row.cell(2));
		if (type.isEmpty()) {
			return error(row, "type", "unit.hamlet.badType", row.cell(2));
		}
		try {
			territory.validate(commune, row.cell(1), type.get());
		}
		catch (InvalidInput e) {
			var first = e.errors().get(0);
			String field = first.field().equals("parent") ? "commune_code" : first.field();
			String value = field.equals("commune_code") ? row.cell(0) : row.cell(1);
			return Optional.of(new RowError(row.line(), field, first.messageKey(), value,
					first.args().length == 0 ? List.of(value) : List.of(first.args())));
		}
		if (!seen.add(commune.id() + "/" + SearchText.clean(row.cell(1)).toLowerCase())) {
			return error(row, "name", "unit.import.duplicateInFile", row.cell(1));
		}
		return Optional.empty();
	}

	private static Optional<RowError> error(CsvReader.Row row, String field, String key, String value) {
		return Optional.of(new RowError(row.line(), field, key, value));
	}
}
