package vn.ngoso.territory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One version of an administrative unit. */
public record AdminUnit(long id, String code, String name, UnitType type, @Nullable Long parentId,
		String path, String provinceCode, LocalDate validFrom, @Nullable LocalDate validTo) {

	public int level() {
		return type.level();
	}

	public boolean isHamlet() {
		return type.isHamlet();
	}

	public boolean isCommune() {
		return type.isCommune();
	}

	public boolean inForceOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}
}
