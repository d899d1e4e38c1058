package vn.ngoso.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.Source;

/**
 * How far a unit's figures can be trusted over a period (issue 18, "tỷ lệ xác minh"): of the
 * sampled visits an officer checked with the resident, the share confirmed. Unreachable residents
 * are shown apart, in neither side of the share.
 */
public record Confidence(long confirmed, long notConfirmed, long unreachable) {

	public static final Confidence NONE = new Confidence(0, 0, 0);

	/** Confirmed plus not confirmed: the share's denominator. */
	public long checked() {
		return confirmed + notConfirmed;
	}

	/** The share confirmed, in percent with one decimal; null when nothing was checked. */
	public @Nullable BigDecimal percent() {
		return checked() == 0 ? null
				: BigDecimal.valueOf(confirmed * 100).divide(BigDecimal.valueOf(checked()), 1, RoundingMode.HALF_UP);
	}

	public boolean any() {
		return checked() + unreachable > 0;
	}

	/**
	 * The confidence of a unit over a period, made by the module that verifies visits. Declared
	 * here so the dashboard and the report can show it without depending on that module.
	 */
	public interface Source {

		Confidence of(vn.ngoso.territory.AdminUnit unit, Period period);
	}
}
