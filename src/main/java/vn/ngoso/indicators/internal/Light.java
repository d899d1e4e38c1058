package vn.ngoso.indicators.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The traffic light of a figure against the target in force ({@code IndicatorTargets}): green at or above the target, amber
 * from 80% of it, red below that. The page states the same rule in words.
 */
public enum Light {
	GREEN, AMBER, RED;

	private static final BigDecimal AMBER_SHARE = new BigDecimal("0.8");

	/** The colour, or null when there is no value or no target to compare with. */
	public static @Nullable Light of(@Nullable BigDecimal value, @Nullable BigDecimal target) {
		if (value == null || target == null) {
			return null;
		}
		if (value.compareTo(target) >= 0) {
			return GREEN;
		}
		return value.compareTo(target.multiply(AMBER_SHARE)) >= 0 ? AMBER : RED;
	}

	public String cssClass() {
		return "light-" + name().toLowerCase(java.util.Locale.ROOT);
	}
}
