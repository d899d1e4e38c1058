package vn.ngoso.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.Indicators;
import vn.ngoso.indicators.IndicatorTarget;
import vn.ngoso.platform.csv.CsvReader;

/**
 * The national default targets, one line of {@code indicators/national-targets.csv} each
 * ({@code indicator,year,value,basis}). They are law, changed by a decision, so they ship with
 * the application and are read once; a line naming an indicator the catalogue lacks, or a value
 * out of range, stops the start instead of silently colouring tiles wrong.
 */
@Component
public class NationalTargets {

	static final String FILE = "indicators/national-targets.csv";

	private final List<IndicatorTarget> targets;

	NationalTargets(Indicators indicators) throws IOException {
		this.targets = read(indicators);
	}

	public List<IndicatorTarget> all() {
		return targets;
	}

	private static List<IndicatorTarget> read(Indicators indicators) throws IOException {
		List<CsvReader.Row> rows;
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			rows = CsvReader.read(in, 100_000, List.of("indicator", "year", "value", "basis"));
		}
		catch (CsvReader.BadFile e) {
			throw new IllegalStateException(FILE + ": " + e.messageKey());
		}
		List<IndicatorTarget> result = new ArrayList<>();
		for (CsvReader.Row row : rows) {
			String code = row.cell(0);
			var indicator = indicators.find(code)
				.orElseThrow(() -> new IllegalStateException(FILE + " line " + row.line() + ": unknown indicator " + code));
			int year = Integer.parseInt(row.cell(1));
			BigDecimal value = new BigDecimal(row.cell(2));
			if (TargetRules.refusal(indicator, year, value) != null) {
				throw new IllegalStateException(FILE + " line " + row.line() + ": year or value out of range");
			}
			result.add(new IndicatorTarget(code, year, value, row.cell(3).isEmpty() ? null : row.cell(3), null, null, null, 0,
					false));
		}
		return List.copyOf(result);
	}
}
