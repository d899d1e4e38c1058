package vn.ngoso.tasks;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cascades a target to every open child unit.
 *
 * @param values by child unit id, for a MANUAL split (ignored otherwise)
 */
public record CascadeTarget(Target.@Nullable Split split, @Nullable Map<Long, BigDecimal> values) {
}
