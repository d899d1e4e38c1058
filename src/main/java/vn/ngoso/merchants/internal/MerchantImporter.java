package vn.ngoso.merchants.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.merchants.MerchantImport;
import vn.ngoso.merchants.MerchantInput;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.internal.MerchantRules.MarketRef;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.ImportResult.RowError;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.xlsx.FileRefused;
import vn.ngoso.platform.xlsx.TextRow;
import vn.ngoso.teams.Team;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitSummary;

/**
 * Reads a workbook of acceptance points and checks every row by the rules of the form, plus what
 * only a file has: commune codes, hamlet, market and team names, and rows against each other and
 * against the points already stored. Writes nothing; the caller writes all rows or none.
 */
@Component
public class MerchantImporter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Map<String, Integer> COLUMN_OF_FIELD = Map.of("kind", MerchantWorkbook.KIND, "name",
			MerchantWorkbook.NAME, "address", MerchantWorkbook.ADDRESS, "unitId", MerchantWorkbook.HAMLET, "latitude",
			MerchantWorkbook.LATITUDE, "longitude", MerchantWorkbook.LONGITUDE, "methods", MerchantWorkbook.METHODS,
			"startedOn", MerchantWorkbook.STARTED, "marketId", MerchantWorkbook.MARKET, "teamId", MerchantWorkbook.TEAM);

	private final MerchantRules rules;

	private final MerchantRepository repository;

	private final Territory territory;

	private final Teams teams;

	MerchantImporter(MerchantRules rules, MerchantRepository repository, Territory territory, Teams teams) {
		this.rules = rules;
		this.repository = repository;
		this.territory = territory;
		this.teams = teams;
	}

	/** The outcome, and the valid points in file order when no row is in error. */
	public record Checked(MerchantImport result, List<MerchantRules.Valid> valid) {
	}

	/** A row read into place: its commune and unit, and the id it will have. */
	private record Placed(TextRow row, UUID id, @Nullable AdminUnit commune, @Nullable AdminUnit unit,
			@Nullable MerchantKind kind) {
	}

	public Checked check(Path file, Function<UUID, Optional<MarketRef>> storedMarkets) {
		List<TextRow> rows;
		try {
			rows = MerchantWorkbook.read(file);
		}
		catch (FileRefused e) {
			return new Checked(MerchantImport.refused(e.messageKey(), e.args()), List.of());
		}
		List<RowError> errors = new ArrayList<>();
		List<Placed> placed = new ArrayList<>();
		Map<String, MarketRef> fileMarkets = new HashMap<>();
		for (TextRow row : rows) {
			if (controlCharacters(row, errors)) {
				continue; // not looked up: PostgreSQL refuses a NUL even in a query
			}
			Placed p = place(row, errors);
			placed.add(p);
			if (p.kind() == MerchantKind.MARKET && p.commune() != null && p.unit() != null) {
				fileMarkets.putIfAbsent(p.commune().id() + "|" + SearchText.fold(row.cell(MerchantWorkbook.NAME)),
						new MarketRef(p.id(), p.unit()));
			}
		}
		Map<UUID, MarketRef> fileMarketsById = new HashMap<>();
		fileMarkets.values().forEach(m -> fileMarketsById.put(m.id(), m));
		Function<UUID, Optional<MarketRef>> markets = id -> Optional.ofNullable(fileMarketsById.get(id))
			.or(() -> storedMarkets.apply(id));
		List<MerchantRules.Valid> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Placed p : placed) {
			TextRow row = p.row();
			List<RowError> rowErrors = new ArrayList<>();
			MerchantInput input = input(p, fileMarkets, rowErrors);
			if (p.commune() == null) {
				errors.addAll(rowErrors);
				continue;
			}
			try {
				MerchantRules.Valid v = rules.check(input, p.id(), markets);
				if (rowErrors.isEmpty()) {
					againstOthers(row.number(), v, seen, rowErrors);
					valid.add(v);
				}
			}
			catch (InvalidInput e) {
				for (InvalidInput.FieldError error : e.errors()) {
					String column = MerchantWorkbook.HEADER.get(COLUMN_OF_FIELD.getOrDefault(error.field(), 0));
					if (rowErrors.stream().noneMatch(r -> r.field().equals(column))) {
						rowErrors.add(new RowError(row.number(), column, error.messageKey(), "",
								java.util.Arrays.asList(error.args())));
					}
				}
			}
			errors.addAll(rowErrors);
		}
		errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new Checked(new MerchantImport(rows.size(), List.of(), errors, null, new Object[0]),
				errors.isEmpty() ? valid : List.of());
	}

	/** Adds an error for each cell holding a control character; true when there is one. */
	private static boolean controlCharacters(TextRow row, List<RowError> errors) {
		boolean found = false;
		for (int column = 0; column < MerchantWorkbook.HEADER.size(); column++) {
			if (ControlCharacters.in(row.cell(column))) {
				errors.add(error(row, column, ControlCharacters.MESSAGE_KEY));
				found = true;
			}
		}
		return found;
	}

	/** The commune by code (in scope), and the hamlet by name within it if one is given. */
	private Placed place(TextRow row, List<RowError> errors) {
		MerchantKind kind = MerchantKind.parse(row.cell(MerchantWorkbook.KIND)).orElse(null);
		String code = row.cell(MerchantWorkbook.COMMUNE);
		UUID id = UUID.randomUUID();
		if (code.isBlank()) {
			errors.add(error(row, MerchantWorkbook.COMMUNE, "merchant.import.communeRequired"));
			return new Placed(row, id, null, null, kind);
		}
		AdminUnit commune;
		try {
			commune = territory.getByCode(code);
		}
		catch (NotFound e) {
			errors.add(error(row, MerchantWorkbook.COMMUNE, "merchant.import.communeUnknown", code));
			return new Placed(row, id, null, null, kind);
		}
		if (!commune.isCommune()) {
			errors.add(error(row, MerchantWorkbook.COMMUNE, "merchant.import.notCommune", code));
			return new Placed(row, id, null, null, kind);
		}
		String hamlet = row.cell(MerchantWorkbook.HAMLET);
		if (hamlet.isBlank()) {
			return new Placed(row, id, commune, commune, kind);
		}
		String folded = SearchText.fold(hamlet);
		Optional<AdminUnit> found = territory.children(commune.id()).stream().map(UnitSummary::unit)
			.filter(u -> u.validTo() == null && SearchText.fold(u.name()).equals(folded)).findFirst();
		if (found.isEmpty()) {
			errors.add(error(row, MerchantWorkbook.HAMLET, "merchant.import.hamletUnknown", hamlet, commune.name()));
			return new Placed(row, id, null, null, kind);
		}
		return new Placed(row, id, commune, found.get(), kind);
	}

	private MerchantInput input(Placed p, Map<String, MarketRef> fileMarkets, List<RowError> errors) {
		TextRow row = p.row();
		BigDecimal latitude = number(row, MerchantWorkbook.LATITUDE, errors);
		BigDecimal longitude = number(row, MerchantWorkbook.LONGITUDE, errors);
		LocalDate started = day(row, errors);
		List<String> methods = Arrays.stream(row.cell(MerchantWorkbook.METHODS).split("[,;]")).map(String::strip)
			.filter(s -> !s.isEmpty()).toList();
		UUID market = null;
		Long team = null;
		Long unitId = p.unit() == null ? null : p.unit().id();
		if (p.commune() != null) {
			market = market(p, fileMarkets, errors);
			team = team(row, p.commune(), errors);
			if (p.kind() == MerchantKind.MARKET_STALL && market != null
					&& row.cell(MerchantWorkbook.HAMLET).isBlank()) {
				unitId = null; // a stall sits where its market is
			}
		}
		return new MerchantInput(p.id(), row.cell(MerchantWorkbook.KIND), row.cell(MerchantWorkbook.NAME),
				row.cell(MerchantWorkbook.ADDRESS), unitId, latitude, longitude, methods, started, team, market);
	}

	private @Nullable UUID market(Placed p, Map<String, MarketRef> fileMarkets, List<RowError> errors) {
		String name = p.row().cell(MerchantWorkbook.MARKET);
		if (name.isBlank()) {
			return null;
		}
		MarketRef inFile = fileMarkets.get(p.commune().id() + "|" + SearchText.fold(name));
		if (inFile != null) {
			return inFile.id();
		}
		List<UUID> stored = repository.marketsNamed(p.commune().path(), name);
		if (stored.isEmpty()) {
			errors.add(error(p.row(), MerchantWorkbook.MARKET, "merchant.import.marketUnknown", name, p.commune().name()));
			return null;
		}
		return stored.get(0);
	}

	private @Nullable Long team(TextRow row, AdminUnit commune, List<RowError> errors) {
		String name = row.cell(MerchantWorkbook.TEAM);
		if (name.isBlank()) {
			return null;
		}
		String folded = SearchText.fold(name);
		Optional<Team> team = teams.teams(new TeamFilter(commune.id(), false, name), 0, 20).items().stream()
			.filter(t -> SearchText.fold(t.name()).equals(folded)).findFirst();
		if (team.isEmpty()) {
			errors.add(error(row, MerchantWorkbook.TEAM, "merchant.import.teamUnknown", name, commune.name()));
			return null;
		}
		return team.get().id();
	}

	private static @Nullable BigDecimal number(TextRow row, int column, List<RowError> errors) {
		String text = row.cell(column);
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(error(row, column, "merchant.import.notNumber", text));
			return null;
		}
	}

	private static @Nullable LocalDate day(TextRow row, List<RowError> errors) {
		String text = row.cell(MerchantWorkbook.STARTED);
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text, DAY);
		}
		catch (DateTimeParseException e) {
			errors.add(error(row, MerchantWorkbook.STARTED, "merchant.import.notDate", text));
			return null;
		}
	}

	private void againstOthers(int rowNo, MerchantRules.Valid v, Map<String, Integer> seen, List<RowError> errors) {
		String key = v.kind() + "|" + v.unit().id() + "|" + SearchText.fold(v.name());
		Integer first = seen.putIfAbsent(key, rowNo);
		if (first != null) {
			errors.add(new RowError(rowNo, MerchantWorkbook.HEADER.get(MerchantWorkbook.NAME), "merchant.import.sameAsRow",
					v.name(), List.of(first)));
		}
		else if (repository.exists(v.kind(), v.name(), v.unit().id())) {
			errors.add(new RowError(rowNo, MerchantWorkbook.HEADER.get(MerchantWorkbook.NAME), "merchant.import.exists",
					v.name()));
		}
	}

	private static RowError error(TextRow row, int column, String key, Object... args) {
		String value = row.cell(column);
		return new RowError(row.number(), MerchantWorkbook.HEADER.get(column), key, value == null ? "" : value,
				java.util.Arrays.asList(args));
	}
}
