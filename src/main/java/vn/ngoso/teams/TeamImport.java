package vn.ngoso.teams;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.csv.CsvReader;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.platform.ImportResult.RowError;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.DeploymentProvince;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitSummary;

/**
 * Founds teams from a CSV file {@code commune_code,hamlet_name,team_name,decision_no,decision_date}
 * (an empty hamlet name: a team for the whole commune). All rows or none, like the hamlet import:
 * every row is checked first and each bad one listed; then each team is founded through
 * {@link Teams#createTeam}, so it is audited and counted in the live figures as one typed by hand.
 * Communes are looked up by code inside the deployment's province when one is chosen, and always
 * inside the caller's scope.
 */
@Service
public class TeamImport {

	public static final List<String> HEADER = List.of("commune_code", "hamlet_name", "team_name", "decision_no",
			"decision_date");

	public static final long MAX_BYTES = 1_000_000;

	public static final int MAX_ROWS = 5_000;

	private final Teams teams;

	private final Territory territory;

	private final DeploymentProvince province;

	TeamImport(Teams teams, Territory territory, DeploymentProvince province) {
		this.teams = teams;
		this.territory = territory;
		this.province = province;
	}

	@Transactional
	public ImportResult importCsv(InputStream csv) throws IOException {
		if (!teams.canManageTeams()) {
			throw new OutOfScope("team import");
		}
		List<CsvReader.Row> rows;
		try {
			rows = CsvReader.read(csv, MAX_BYTES, HEADER);
		}
		catch (CsvReader.BadFile e) {
			String key = e.messageKey().equals("csv.badHeader") ? "team.import.badHeader" : e.messageKey();
			return ImportResult.refused(key, "");
		}
		if (rows.size() > MAX_ROWS) {
			return new ImportResult(0, List.of(new RowError(0, "file", "csv.tooManyRows", "", List.of(MAX_ROWS))));
		}
		if (rows.isEmpty()) {
			return ImportResult.refused("csv.noRows", "");
		}
		Optional<AdminUnit> within = province.current();
		Map<Long, List<UnitSummary>> hamlets = new HashMap<>();
		Set<Long> seen = new HashSet<>();
		List<RowError> errors = new ArrayList<>();
		List<TeamDetails> planned = new ArrayList<>();
		for (CsvReader.Row row : rows) {
			Checked checked = check(row, within, hamlets, seen);
			if (checked.error() != null) {
				errors.add(checked.error());
			}
			else {
				planned.add(checked.details());
			}
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		planned.forEach(teams::createTeam);
		return new ImportResult(planned.size(), List.of());
	}

	private record Checked(@Nullable TeamDetails details, @Nullable RowError error) {
	}

	private Checked check(CsvReader.Row row, Optional<AdminUnit> within, Map<Long, List<UnitSummary>> hamlets,
			Set<Long> seen) {
		if (row.cells().size() != HEADER.size()) {
			return refuse(row, "file", "team.import.wrongCellCount", ControlCharacters.shown(String.join(",", row.cells())));
		}
		for (int column = 0; column < HEADER.size(); column++) {
			if (ControlCharacters.in(row.cell(column))) {
				// not looked up: PostgreSQL refuses a NUL even in a query
				return refuse(row, HEADER.get(column), ControlCharacters.MESSAGE_KEY, ControlCharacters.shown(row.cell(column)));
			}
		}
		String code = row.cell(0).strip();
		@Nullable AdminUnit commune;
		try {
			commune = within.isPresent() ? territory.getByCodeWithin(code, within.get()) : territory.getByCode(code);
		}
		catch (NotFound e) {
			commune = null;
		}
		if (commune == null || !commune.isCommune()) {
			return refuse(row, "commune_code", "team.import.unknownCommune", code);
		}
		AdminUnit unit = commune;
		String hamletName = SearchText.clean(row.cell(1));
		if (!hamletName.isEmpty()) {
			String folded = SearchText.fold(hamletName);
			Optional<AdminUnit> hamlet = hamlets.computeIfAbsent(commune.id(), territory::children).stream()
				.map(UnitSummary::unit).filter(h -> h.isHamlet() && h.validTo() == null)
				.filter(h -> SearchText.fold(h.name()).equals(folded)).findFirst();
			if (hamlet.isEmpty()) {
				return new Checked(null, new RowError(row.line(), "hamlet_name", "team.import.unknownHamlet", hamletName,
						List.of(hamletName, commune.name(), code)));
			}
			unit = hamlet.get();
		}
		LocalDate decided;
		try {
			decided = DateText.day(row.cell(4));
		}
		catch (IllegalArgumentException e) {
			return refuse(row, "decision_date", "team.import.badDate", row.cell(4));
		}
		TeamDetails details = new TeamDetails(unit.id(), row.cell(2), row.cell(3), decided);
		List<InvalidInput.FieldError> problems = teams.problems(details);
		if (!problems.isEmpty()) {
			InvalidInput.FieldError first = problems.get(0);
			String field = switch (first.field()) {
				case "name" -> "team_name";
				case "decisionNo" -> "decision_no";
				case "decisionDate" -> "decision_date";
				default -> hamletName.isEmpty() ? "commune_code" : "hamlet_name";
			};
			String value = row.cell(HEADER.indexOf(field));
			return new Checked(null, new RowError(row.line(), field, first.messageKey(), value,
					first.args().length == 0 ? List.of(value) : List.of(first.args())));
		}
		if (!seen.add(unit.id())) {
			return refuse(row, hamletName.isEmpty() ? "commune_code" : "hamlet_name", "team.import.duplicateInFile",
					hamletName.isEmpty() ? code : hamletName);
		}
		return new Checked(details, null);
	}

	private static Checked refuse(CsvReader.Row row, String field, String key, String value) {
		return new Checked(null, new RowError(row.line(), field, key, value));
	}
}
