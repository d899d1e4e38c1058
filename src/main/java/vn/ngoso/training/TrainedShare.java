package vn.ngoso.training;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Members and members trained in a unit today, and the share trained (null with no members). */
public record TrainedShare(long unitId, String unitCode, String unitName, long members, long trained, @Nullable BigDecimal rate) {
}
