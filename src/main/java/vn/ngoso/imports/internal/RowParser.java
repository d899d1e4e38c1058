package vn.ngoso.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ngoso.households.CitizenId;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Relation;
import vn.ngoso.imports.internal.FileDates.Precision;
import vn.ngoso.imports.internal.HamletDirectory.Hamlet;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Sex;

/**
 * The checks one row can answer alone, made while the file streams: each cell's format (dates
 * in the forms {@link FileDates} reads), the hamlet, and the citizen ID turned into what is
 * stored (encrypted, plus its keyed hash) so the number itself never reaches the database in
 * clear. Checks across rows are made in SQL later.
 */
final class RowParser {

	static final int MAX_CODE = 30;

	static final int MAX_ADDRESS = 200;

	static final int MAX_NAME = 100;

	static final int MAX_AGE = 120;

	/** Registration and readiness dates before this are typing mistakes, not history. */
	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final HamletDirectory hamlets;

	private final CitizenIds citizenIds;

	private final LocalDate today;

	/** How many columns the file's header has: the first ten, or all of them. */
	private int columns = Column.BASE.size();

	RowParser(HamletDirectory hamlets, CitizenIds citizenIds, LocalDate today) {
		this.hamlets = hamlets;
		this.citizenIds = citizenIds;
		this.today = today;
	}

	/** Told by the reader once the header is read: cells past its columns are a row error. */
	void columns(int count) {
		this.columns = count;
	}

	StagedRow parse(int rowNo, List<String> raw) {
		List<String> problems = new ArrayList<>(2);
		List<String> cells = new ArrayList<>(Column.IN_FILE.size());
		EnumSet<Column> controlled = EnumSet.noneOf(Column.class);
		for (int i = 0; i < raw.size(); i++) {
			String cell = SearchText.clean(raw.get(i));
			if (i < columns) {
				if (ControlCharacters.in(raw.get(i))) {
					// PostgreSQL refuses a NUL: the cell is staged as shown back, and is this row's only error for its column
					Column column = Column.IN_FILE.get(i);
					controlled.add(column);
					problems.add(problem(column, ControlCharacters.MESSAGE_KEY));
					cell = SearchText.clean(ControlCharacters.shown(raw.get(i)));
				}
				cells.add(cell);
			}
			else if (!cell.isEmpty()) {
				problems.add(problem(Column.ROW, "import.row.extraCells"));
				break;
			}
		}
		while (cells.size() < Column.IN_FILE.size()) {
			cells.add("");
		}
		Hamlet hamlet = hamlet(cells, problems);
		required(cells, Column.CODE, MAX_CODE, "import.code", problems);
		required(cells, Column.ADDRESS, MAX_ADDRESS, "import.address", problems);
		String name = cells.get(Column.NAME.ordinal());
		if (name.isEmpty()) {
			problems.add(problem(Column.NAME, "import.name.required"));
		}
		else if (name.length() > MAX_NAME || hasDigit(name)) {
			problems.add(problem(Column.NAME, "import.name.invalid"));
		}
		LocalDate birthDate = null;
		Integer birthYear = null;
		String birth = cells.get(Column.BIRTH.ordinal());
		if (birth.isEmpty()) {
			problems.add(problem(Column.BIRTH, "import.birth.required"));
		}
		else {
			FileDates.Read read = FileDates.read(birth);
			if (!read.ok() || read.precision() == Precision.MONTH) {
				// a month of birth is neither a day nor the year alone: what to keep would be a guess
				problems.add(problem(Column.BIRTH, read.refusal() == FileDates.Refusal.AMBIGUOUS
						? "import.date.ambiguous" : "import.birth.invalid"));
			}
			else {
				birthYear = read.first().getYear();
				birthDate = read.precision() == Precision.DAY ? read.first() : null;
				checkYear(birthYear, birthDate == null ? birthYear > today.getYear() : birthDate.isAfter(today), problems);
			}
		}
		String sex = switch (cells.get(Column.SEX.ordinal()).toLowerCase(Locale.ROOT)) {
			case "nam" -> Sex.MALE.name();
			case "nữ" -> Sex.FEMALE.name();
			default -> null;
		};
		if (sex == null) {
			problems.add(problem(Column.SEX, "import.sex.invalid"));
		}
		Optional<Relation> relation = Relations.parse(cells.get(Column.RELATION.ordinal()));
		if (relation.isEmpty()) {
			problems.add(problem(Column.RELATION, "import.relation.invalid"));
		}
		String phone = null;
		String phoneCell = cells.get(Column.PHONE.ordinal());
		if (!phoneCell.isEmpty()) {
			phone = PhoneNumber.normalize(phoneCell).orElse(null);
			if (phone == null) {
				problems.add(problem(Column.PHONE, "import.phone.invalid"));
			}
		}
		String number = controlled.contains(Column.CCCD) ? null : citizenId(cells.get(Column.CCCD.ordinal()), problems);
		CitizenIds.Protected cccd = number == null ? null : citizenIds.protect(number);
		if (number != null) {
			// the number goes to the database only encrypted; reports show it masked
			cells.set(Column.CCCD.ordinal(), CitizenId.mask(number));
		}
		LocalDate registeredOn = null;
		List<String> ready = List.of();
		if (columns > Column.BASE.size()) {
			registeredOn = date(Column.REGISTERED, cells.get(Column.REGISTERED.ordinal()), "import.registered.invalid",
					problems);
			ready = readiness(cells, problems);
		}
		if (!controlled.isEmpty()) {
			problems.removeIf(p -> controlled.contains(Column.named(p.substring(0, p.indexOf(':'))))
					&& !p.endsWith(":" + ControlCharacters.MESSAGE_KEY));
		}
		return new StagedRow(rowNo, cells, hamlet == null ? null : hamlet.communeId(), hamlet == null ? null : hamlet.id(),
				name.isEmpty() ? "" : SearchText.fold(name), birthDate, birthYear, sex,
				relation.map(Relation::name).orElse(null), phone, cccd == null ? null : cccd.cipher(),
				cccd == null ? null : cccd.hash(), registeredOn, ready, problems);
	}

	/**
	 * The row's readiness cells as {@code ITEM:yyyy-MM-dd}, or {@code ITEM:} when the cell says
	 * yes without a date (the merge takes the import day). Empty, "không" and 0 say nothing: a
	 * file never takes an item away.
	 */
	private List<String> readiness(List<String> cells, List<String> problems) {
		List<String> ready = null;
		for (Column column : Column.OPTIONAL) {
			ReadinessItem item = column.item();
			String cell = cells.get(column.ordinal());
			if (item == null || cell.isEmpty()) {
				continue;
			}
			String value;
			switch (SearchText.fold(cell)) {
				case "x", "co", "1", "true" -> value = item.name() + ":";
				case "khong", "0", "false" -> value = null;
				default -> {
					LocalDate since = date(column, cell, "import.readiness.invalid", problems);
					if (since != null && item == ReadinessItem.DIGITAL_LITERACY
							&& since.isBefore(ReadinessItem.CERTIFICATE_FROM)) {
						problems.add(problem(column, "import.readiness.literacyTooEarly"));
						since = null;
					}
					value = since == null ? null : item.name() + ":" + since;
				}
			}
			if (value != null) {
				if (ready == null) {
					ready = new ArrayList<>(4);
				}
				ready.add(value);
			}
		}
		return ready == null ? List.of() : ready;
	}

	/**
	 * A registration or readiness date: its first day, between 1990 and today; null when the
	 * cell is empty or wrong (a problem is added).
	 */
	private @Nullable LocalDate date(Column column, String cell, String invalidKey, List<String> problems) {
		if (cell.isEmpty()) {
			return null;
		}
		FileDates.Read read = FileDates.read(cell);
		if (!read.ok()) {
			problems.add(problem(column,
					read.refusal() == FileDates.Refusal.AMBIGUOUS ? "import.date.ambiguous" : invalidKey));
			return null;
		}
		if (read.first().isAfter(today)) {
			problems.add(problem(column, "import.date.future"));
			return null;
		}
		if (read.first().isBefore(EARLIEST)) {
			problems.add(problem(column, "import.date.tooEarly"));
			return null;
		}
		return read.first();
	}

	private Hamlet hamlet(List<String> cells, List<String> problems) {
		String commune = cells.get(Column.COMMUNE.ordinal());
		String hamlet = cells.get(Column.HAMLET.ordinal());
		if (commune.isEmpty()) {
			problems.add(problem(Column.COMMUNE, "import.commune.required"));
			return null;
		}
		if (hamlet.isEmpty()) {
			problems.add(problem(Column.HAMLET, "import.hamlet.required"));
			return null;
		}
		Optional<Hamlet> found = hamlets.find(commune, hamlet);
		if (found.isEmpty()) {
			problems.add(problem(Column.HAMLET, "import.hamlet.unknown"));
		}
		return found.orElse(null);
	}

	private void checkYear(int year, boolean future, List<String> problems) {
		if (future) {
			problems.add(problem(Column.BIRTH, "import.birth.future"));
		}
		else if (year < today.getYear() - MAX_AGE) {
			problems.add(problem(Column.BIRTH, "import.birth.implausible"));
		}
	}

	/** The number as stored, or null when the cell is empty or wrong (a problem is added). */
	private static String citizenId(String cell, List<String> problems) {
		if (cell.isEmpty()) {
			return null;
		}
		if (!CitizenId.hasTwelveDigits(cell)) {
			problems.add(problem(Column.CCCD, "import.cccd.length"));
			return null;
		}
		Optional<String> number = CitizenId.normalize(cell);
		if (number.isEmpty()) {
			problems.add(problem(Column.CCCD, "import.cccd.province"));
			return null;
		}
		return number.get();
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
				return true;
			}
		}
		return false;
	}

	private static void required(List<String> cells, Column column, int max, String key, List<String> problems) {
		String value = cells.get(column.ordinal());
		if (value.isEmpty()) {
			problems.add(problem(column, key + ".required"));
		}
		else if (value.length() > max) {
			problems.add(problem(column, key + ".tooLong"));
		}
	}

	private static String problem(Column column, String key) {
		return column.name() + ":" + key;
	}
}
