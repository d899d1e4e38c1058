package vn.ngoso.households;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A household to register. {@code registeredOn} is when it entered the commune's register (its
 * figures count from then); empty means today.
 */
public record NewHousehold(@Nullable Long unitId, @Nullable String code, @Nullable String address,
		@Nullable LocalDate registeredOn) {

	public NewHousehold(@Nullable Long unitId, @Nullable String code, @Nullable String address) {
		this(unitId, code, address, null);
	}
}
