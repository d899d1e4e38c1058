package vn.ngoso.territory.internal.reorg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.csv.CsvReader;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.UnitType;
import vn.ngoso.territory.internal.ListFormats;

/** The three files of a plan read into rows; what cannot be read becomes a problem naming the file. */
record PlanFiles(List<UnitRow> units, List<MappingRow> mapping, Map<String, HamletRow> hamlets, List<FieldError> problems) {

	static final List<String> MAPPING_HEADER = List.of("old_code", "new_code", "kind");

	static final List<String> SHORT_MAPPING_HEADER = List.of("old_code", "new_code");

	static final List<String> HAMLETS_HEADER = List.of("hamlet_code", "new_commune_code");

	record UnitRow(int line, String code, String name, UnitType type, String parentCode) {
	}

	/** @param partial as declared, or null where the file has no kind column */
	record MappingRow(int line, String oldCode, String newCode, @Nullable Boolean partial) {
	}

	record HamletRow(int line, String hamletCode, String communeCode) {
	}

	static PlanFiles read(ReorganisationPlan plan) {
		List<FieldError> problems = new ArrayList<>();
		List<UnitRow> units = new ArrayList<>();
		boolean national = ListFormats.isNational(plan.units());
		for (CsvReader.Row row : rows(plan.units(), ListFormats.header(national), "units", problems)) {
			var unit = ListFormats.unit(row, national).filter(u -> !u.type().isHamlet());
			if (unit.isEmpty()) {
				problems.add(new FieldError("units", national ? "reorg.units.badNationalRow" : "reorg.units.badRow", row.line()));
				continue;
			}
			units.add(new UnitRow(row.line(), unit.get().code(), unit.get().name(), unit.get().type(), unit.get().parentCode()));
		}
		return new PlanFiles(units, mapping(plan.mapping(), problems), hamlets(plan.hamlets(), problems), problems);
	}

	private static List<MappingRow> mapping(byte[] file, List<FieldError> problems) {
		boolean withKind = header(file).equals(MAPPING_HEADER);
		List<MappingRow> mapping = new ArrayList<>();
		for (CsvReader.Row row : rows(file, withKind ? MAPPING_HEADER : SHORT_MAPPING_HEADER, "mapping", problems)) {
			String kind = withKind && row.cells().size() > 2 ? row.cell(2).strip().toLowerCase(Locale.ROOT) : "";
			boolean badKind = withKind && !kind.equals("full") && !kind.equals("partial");
			if (row.cells().size() != (withKind ? 3 : 2) || badKind || row.cell(0).isBlank() || row.cell(1).isBlank()) {
				problems.add(new FieldError("mapping", "reorg.mapping.badRow", row.line()));
				continue;
			}
			mapping.add(new MappingRow(row.line(), row.cell(0).strip(), row.cell(1).strip(),
					withKind ? kind.equals("partial") : null));
		}
		return mapping;
	}

	private static Map<String, HamletRow> hamlets(byte[] file, List<FieldError> problems) {
		Map<String, HamletRow> hamlets = new LinkedHashMap<>();
		if (file.length == 0) {
			return hamlets;
		}
		for (CsvReader.Row row : rows(file, HAMLETS_HEADER, "hamlets", problems)) {
			if (row.cells().size() != 2 || row.cell(0).isBlank() || row.cell(1).isBlank()) {
				problems.add(new FieldError("hamlets", "reorg.hamlets.badRow", row.line()));
				continue;
			}
			HamletRow hamlet = new HamletRow(row.line(), row.cell(0).strip(), row.cell(1).strip());
			if (hamlets.putIfAbsent(hamlet.hamletCode(), hamlet) != null) {
				problems.add(new FieldError("hamlets", "reorg.hamlets.twice", row.line(), hamlet.hamletCode()));
			}
		}
		return hamlets;
	}

	private static List<String> header(byte[] file) {
		String text = new String(file, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return java.util.Arrays.stream(first.strip().split(",")).map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/** The file's rows; a row with a control character is a bad row (PostgreSQL refuses a NUL even in a query). */
	private static List<CsvReader.Row> rows(byte[] file, List<String> header, String field, List<FieldError> problems) {
		try {
			List<CsvReader.Row> rows = new ArrayList<>();
			for (CsvReader.Row row : CsvReader.read(file, header)) {
				if (row.cells().stream().anyMatch(ControlCharacters::in)) {
					problems.add(new FieldError(field, "reorg.row.controlCharacter", row.line()));
				}
				else {
					rows.add(row);
				}
			}
			return rows;
		}
		catch (CsvReader.BadFile e) {
			boolean unitsHeader = field.equals("units") && !e.messageKey().equals("csv.notUtf8") && !e.messageKey().equals("csv.tooLarge");
			problems.add(unitsHeader ? new FieldError(field, "reorg.units.badHeader")
					: new FieldError(field, "reorg.file." + e.messageKey(), String.join(",", header)));
			return List.of();
		}
	}
}
