package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.indicators.IndicatorTarget;
import vn.ngoso.territory.AdminUnit;

/**
 * Everything a unit's dashboard shows for a period: the headline tiles, the reported values, the
 * figures of each child unit (and the unit's own as their total), the children ranked by covered
 * rate and the monthly trend.
 *
 * @param dataAsOf when read from the read replica: the moment its data has reached ("Số liệu đến
 * hh:mm:ss"); null when read from the primary
 */
public record DashboardView(UnitFigures own, List<AdminUnit> breadcrumbs, PeriodChoice period, List<Tile> tiles,
		List<Tile> reportedTiles, List<Tile> reported, List<UnitFigures> children, List<UnitFigures> ranking,
		List<UnitFigures> unranked, List<MonthFigures> trend, @Nullable Instant dataAsOf) {

	public AdminUnit unit() {
		return own.unit();
	}

	public boolean hamlet() {
		return own.unit().isHamlet();
	}

	/** Whether the children are big enough to count communes (districts under a province). */
	public boolean childrenCountCommunes() {
		return children.stream().anyMatch(c -> c.communes() != null && !c.unit().isCommune());
	}

	/**
	 * A headline figure.
	 *
	 * @param outOf for "communes with teams": the communes it is out of
	 * @param target the target in force for the unit and the period's last year, if any
	 * @param light against that target: its colour
	 */
	public record Tile(Indicator indicator, FigureValue figure, @Nullable Integer outOf, @Nullable IndicatorTarget target,
			@Nullable Light light) {

		public String code() {
			return indicator.code();
		}
	}

	/** One month of the trend: covered households at its end, visits in it. */
	public record MonthFigures(YearMonth month, @Nullable BigDecimal covered, @Nullable BigDecimal visits) {
	}
}
