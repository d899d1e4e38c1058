package vn.ngoso.territory;

import java.util.Arrays;
import java.util.Optional;
import vn.ngoso.platform.SearchText;

/** Kinds of administrative unit, with the label used in official lists. */
public enum UnitType {
	TINH("Tỉnh", 1), THANH_PHO("Thành phố", 2), THI_XA("Thị xã", 2), HUYEN("Huyện", 2),
	PHUONG("Phường", 3), XA("Xã", 3), THI_TRAN("Thị trấn", 3), AP("Ấp", 4), KHU_PHO("Khu phố", 4),
	/** A centrally-run city (Hà Nội, Huế, Đồng Nai since 2026): a province, not the district-level {@link #THANH_PHO}. */
	THANH_PHO_TW("Thành phố trực thuộc trung ương", 1),
	/** A special zone (island commune, e.g. Đặc khu Phú Quốc) of the 2025 list. */
	DAC_KHU("Đặc khu", 3);

	private final String label;

	private final int level;

	UnitType(String label, int level) {
		this.label = label;
		this.level = level;
	}

	public String label() {
		return label;
	}

	/** 1 province, 2 district, 3 commune, 4 hamlet. */
	public int level() {
		return level;
	}

	public boolean isHamlet() {
		return level == 4;
	}

	public boolean isCommune() {
		return level == 3;
	}

	/** Accepts the official label ("Thị trấn", "thi tran") or the enum name ("THI_TRAN"). */
	public static Optional<UnitType> parse(String text) {
		String folded = SearchText.fold(text);
		return Arrays.stream(values())
			.filter(t -> SearchText.fold(t.label).equals(folded) || t.name().equalsIgnoreCase(text.strip()))
			.findFirst();
	}
}
