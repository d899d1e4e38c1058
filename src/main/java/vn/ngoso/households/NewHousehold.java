package vn.ngoso.households;

import org.jspecify.annotations.Nullable;

public record NewHousehold(@Nullable Long unitId, @Nullable String code, @Nullable String address) {
}
