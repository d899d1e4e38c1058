package vn.ngoso.territory.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import vn.ngoso.platform.csv.CsvReader;
import vn.ngoso.territory.UnitType;

/**
 * The two formats an official list comes in: the platform's own
 * {@code code,name,type,level,parent_code} (any depth), and the national list's
 * {@code level,code,full_name,name,type,province_code,province_full_name} (level {@code province}
 * or {@code commune}, a commune's parent is its province). Used by the shipped lists and by the
 * units file of a reorganisation plan.
 */
public final class ListFormats {

	public static final List<String> UNITS = List.of("code", "name", "type", "level", "parent_code");

	public static final List<String> NATIONAL = List.of("level", "code", "full_name", "name", "type", "province_code",
			"province_full_name");

	/** A unit as a list gives it; the name is the full official name ("Xã Tuyên Bình"). */
	public record Unit(String code, String name, UnitType type, String parentCode) {
	}

	private ListFormats() {
	}

	/** Whether the file's header is the national list's. */
	public static boolean isNational(byte[] file) {
		String start = new String(file, 0, Math.min(file.length, 200), StandardCharsets.UTF_8).replace("\uFEFF", "");
		return start.strip().toLowerCase(java.util.Locale.ROOT).startsWith("level,");
	}

	public static List<String> header(boolean national) {
		return national ? NATIONAL : UNITS;
	}

	/** The row's unit, or empty when the row is not a well-formed unit of its format. */
	public static Optional<Unit> unit(CsvReader.Row row, boolean national) {
		return national ? nationalUnit(row) : ownUnit(row);
	}

	private static Optional<Unit> ownUnit(CsvReader.Row row) {
		if (row.cells().size() != UNITS.size() || row.cell(0).isEmpty() || row.cell(1).isEmpty()) {
			return Optional.empty();
		}
		return UnitType.parse(row.cell(2)).map(t -> new Unit(row.cell(0), row.cell(1), t, row.cell(4)));
	}

	private static Optional<Unit> nationalUnit(CsvReader.Row row) {
		boolean province = row.cell(0).equalsIgnoreCase("province");
		boolean commune = row.cell(0).equalsIgnoreCase("commune");
		if (row.cells().size() != NATIONAL.size() || !province && !commune || row.cell(1).isEmpty()
				|| row.cell(2).isEmpty() || commune && row.cell(5).isEmpty()) {
			return Optional.empty();
		}
		// the level word and the type must agree: a "tỉnh" listed as a commune is a broken row
		return UnitType.parse(row.cell(4))
			.filter(t -> t.level() == (province ? 1 : 3))
			.map(t -> new Unit(row.cell(1), row.cell(2), t, province ? "" : row.cell(5)));
	}
}
