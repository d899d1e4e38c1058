package vn.ngoso.territory;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters by which an API request names a unit, bound once for every endpoint
 * ({@code @ParameterObject UnitQuery unit}): {@code unit} the official code, {@code at} the day whose
 * tree it is read in, {@code unitId} the deprecated internal id. See {@link UnitReference}.
 */
public record UnitQuery(@Parameter(description = UnitReference.CODE, example = "27781") @Nullable String unit,
		@Parameter(description = UnitReference.AT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
		@Parameter(deprecated = true, description = UnitReference.DEPRECATED_ID) @Nullable Long unitId) {

	public UnitReference reference() {
		return UnitReference.query(unit, at, unitId);
	}
}
