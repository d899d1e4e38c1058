package vn.ngoso.reported.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.Measure;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.ImportResult.RowError;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NumberText;
import vn.ngoso.platform.xlsx.FileRefused;
import vn.ngoso.platform.xlsx.TextRow;
import vn.ngoso.reported.ReportedEntry;
import vn.ngoso.reported.ReportedImport;
import vn.ngoso.reported.ReportedValue;

/**
 * Reads a workbook of reported values and checks every row by the same rules as the entry form,
 * and the rows against each other (the same unit, indicator and months twice; flows whose months
 * overlap). Writes nothing: the caller writes the valid rows only when no row is in error.
 */
@Component
public class ReportedImporter {

	private static final Map<String, Integer> COLUMN_OF_FIELD = Map.of("unitCode", 0, "indicator", 1, "from", 2, "to", 3,
			"value", 4, "note", 5);

	private final ReportedRules rules;

	ReportedImporter(ReportedRules rules) {
		this.rules = rules;
	}

	/** The outcome, and the valid rows in file order when there is no error at all. */
	public record Checked(ReportedImport result, List<ReportedRules.Valid> valid) {
	}

	public Checked check(Path file) {
		List<TextRow> rows;
		try {
			rows = ReportedWorkbook.read(file);
		}
		catch (FileRefused e) {
			return new Checked(ReportedImport.refused(e.messageKey(), e.args()), List.of());
		}
		List<RowError> errors = new ArrayList<>();
		List<ReportedRules.Valid> valid = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		List<Placed> flows = new ArrayList<>();
		for (TextRow row : rows) {
			List<RowError> rowErrors = controlCharacters(row);
			if (!rowErrors.isEmpty()) {
				// not looked up: PostgreSQL refuses a NUL even in a query
				errors.addAll(rowErrors);
				continue;
			}
			ReportedEntry entry = entry(row, rowErrors);
			try {
				ReportedRules.Valid v = rules.check(entry, null);
				if (rowErrors.isEmpty()) {
					againstEarlierRows(row.number(), v, seen, flows, rowErrors);
					valid.add(v);
				}
			}
			catch (InvalidInput e) {
				for (InvalidInput.FieldError error : e.errors()) {
					int column = COLUMN_OF_FIELD.getOrDefault(error.field(), 1);
					boolean parsedBadly = rowErrors.stream()
						.anyMatch(r -> r.field().equals(ReportedWorkbook.HEADER.get(column)));
					if (!parsedBadly) {
						rowErrors.add(new RowError(row.number(), ReportedWorkbook.HEADER.get(column), error.messageKey(),
								"", java.util.Arrays.asList(error.args())));
					}
				}
			}
			errors.addAll(rowErrors);
		}
		return new Checked(new ReportedImport(rows.size(), List.of(), errors, null, new Object[0]),
				errors.isEmpty() ? valid : List.of());
	}

	/** An error for each cell holding a control character. */
	private static List<RowError> controlCharacters(TextRow row) {
		List<RowError> errors = new ArrayList<>();
		for (int column = 0; column < ReportedWorkbook.HEADER.size(); column++) {
			if (ControlCharacters.in(row.cell(column))) {
				errors.add(new RowError(row.number(), ReportedWorkbook.HEADER.get(column), ControlCharacters.MESSAGE_KEY,
						"", List.of()));
			}
		}
		return errors;
	}

	/** The cells as an entry; a month or number that cannot be read is an error of its own column. */
	private static ReportedEntry entry(TextRow row, List<RowError> errors) {
		YearMonth from = month(row, 2, errors);
		YearMonth to = month(row, 3, errors);
		BigDecimal value = null;
		String valueText = row.cell(4);
		if (!valueText.isBlank()) {
			value = NumberText.parse(valueText);
			if (value == null) {
				errors.add(new RowError(row.number(), ReportedWorkbook.HEADER.get(4), "reported.value.notNumber", "",
						List.of()));
			}
		}
		return new ReportedEntry(row.cell(0), row.cell(1), from, to, value, row.cell(5));
	}

	private static YearMonth month(TextRow row, int column, List<RowError> errors) {
		MonthText.Parsed parsed = MonthText.parse(row.cell(column));
		if (parsed.invalid()) {
			errors.add(new RowError(row.number(), ReportedWorkbook.HEADER.get(column), "reported.month.invalid", "",
					List.of()));
		}
		return parsed.month();
	}

	private record Placed(int row, ReportedRules.Valid value) {
	}

	private static void againstEarlierRows(int rowNo, ReportedRules.Valid v, Map<String, Integer> seen,
			List<Placed> flows, List<RowError> errors) {
		String key = v.unit().id() + "|" + v.indicator().code() + "|" + v.from() + "|" + v.to();
		Integer first = seen.putIfAbsent(key, rowNo);
		if (first != null) {
			errors.add(new RowError(rowNo, ReportedWorkbook.HEADER.get(1), "reported.import.sameAsRow", "",
					List.of(first)));
			return;
		}
		if (v.indicator().measure() != Measure.FLOW) {
			return;
		}
		for (Placed other : flows) {
			ReportedRules.Valid o = other.value();
			if (o.unit().id() == v.unit().id() && o.indicator().equals(v.indicator()) && !o.from().isAfter(v.to())
					&& !o.to().isBefore(v.from())) {
				errors.add(new RowError(rowNo, ReportedWorkbook.HEADER.get(2), "reported.import.overlapsRow", "",
						List.of(other.row(), ReportedValue.label(o.from(), o.to()))));
				return;
			}
		}
		flows.add(new Placed(rowNo, v));
	}
}
