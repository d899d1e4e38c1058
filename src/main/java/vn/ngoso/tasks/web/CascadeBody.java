package vn.ngoso.tasks.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.tasks.CascadeTarget;
import vn.ngoso.tasks.Target;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitReference;

/**
 * A cascade as a client posts it: for a MANUAL split, each child unit's value by its official code
 * ({@code valuesByCode}), or by the deprecated internal id ({@code values}). Codes and ids are both
 * digits, so they are two fields, never one map guessed at.
 */
record CascadeBody(Target.@Nullable Split split,
		@Schema(description = "For a MANUAL split: each child unit's value by its official code, e.g. {\"27781-001\": 120}")
		@Nullable Map<String, BigDecimal> valuesByCode,
		@Schema(deprecated = true, description = "deprecated: use valuesByCode; accepted until the next release")
		@Nullable Map<Long, BigDecimal> values) {

	CascadeTarget toCommand(Territory territory) {
		if (valuesByCode == null || valuesByCode.isEmpty()) {
			return new CascadeTarget(split, values);
		}
		Map<Long, BigDecimal> byId = new LinkedHashMap<>(values == null ? Map.of() : values);
		valuesByCode.forEach((code, value) -> {
			UnitReference child = UnitReference.body("valuesByCode", "values", code, null);
			byId.put(territory.require(child).id(), value);
		});
		return new CascadeTarget(split, byId);
	}

	/** The module speaks of {@code values}; a client that sent codes is told about {@code valuesByCode}. */
	InvalidInput inRequestTerms(InvalidInput e) {
		if (valuesByCode == null || valuesByCode.isEmpty()) {
			return e;
		}
		return new InvalidInput(e.errors().stream()
			.map(err -> err.field().equals("values")
					? new InvalidInput.FieldError("valuesByCode", err.messageKey(), err.args()) : err)
			.toList());
	}
}
