package vn.ngoso.tasks;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A target with its live progress: the figure now, where it will be at the period's end on the
 * current pace (the change since the period began, stretched over the whole period), and whether
 * that falls short.
 */
public record TargetProgress(Target target, @Nullable BigDecimal current, @Nullable BigDecimal projected,
		boolean atRisk) {

	/** Current as a share of the target, 0–100+ (null when either is unknown or the target is 0). */
	public @Nullable Integer percentDone() {
		if (current == null || target.value().signum() == 0) {
			return null;
		}
		return current.multiply(BigDecimal.valueOf(100)).divide(target.value(), 0, java.math.RoundingMode.DOWN)
			.intValue();
	}
}
