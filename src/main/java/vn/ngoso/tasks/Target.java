package vn.ngoso.tasks;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A target: reach {@code value} of a tracked indicator in a unit over a span of months (a count,
 * or a percentage for rates). {@code split} says how its children were made, if it was cascaded.
 */
public record Target(long id, String indicator, long unitId, String unitCode, String unitName, String unitPath, YearMonth from,
		YearMonth to, BigDecimal value, @Nullable Long parentId, @Nullable Split split, boolean percent) {

	/** How a target is cascaded to the child units. */
	public enum Split {
		/** In proportion to each child's households (a rate: the same rate for every child). */
		HOUSEHOLDS,
		/** As typed; the children must add up to the parent. */
		MANUAL
	}
}
