package vn.ngoso.demo.generator;

import java.util.ArrayList;
import java.util.List;

/** Hamlets without a database, shaped like the demo's: {@code 27781-001} "Ấp Cả Bản" and so on. */
final class SyntheticTree {

	private SyntheticTree() {
	}

	/**
	 * Two communes: Tuyên Bình (27781, five rural hamlets) and a town ward (27694, six quarters, the
	 * last without a team yet).
	 */
	static List<HamletRef> twoCommunes() {
		List<HamletRef> hamlets = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			hamlets.add(hamlet(100 + i, "27781", i, i == 1 ? "Ấp Cả Bản" : "Ấp " + i, false, true));
		}
		for (int i = 1; i <= 6; i++) {
			hamlets.add(hamlet(200 + i, "27694", i, "Khu phố " + i, true, i < 6));
		}
		return hamlets;
	}

	/** A province-sized tree: 188 communes, 1,000 hamlets, two of them without a team. */
	static List<HamletRef> longAnSized() {
		List<HamletRef> hamlets = new ArrayList<>();
		int id = 1000;
		for (int c = 0; c < 188; c++) {
			int count = c < 60 ? 6 : 5;
			for (int i = 1; i <= count; i++) {
				hamlets.add(hamlet(id++, String.valueOf(27000 + c), i, (c % 7 == 0 ? "Khu phố " : "Ấp ") + i, c % 7 == 0,
						!(c == 10 && i == 5) && !(c == 99 && i == 5)));
			}
		}
		return hamlets;
	}

	private static HamletRef hamlet(long id, String commune, int number, String name, boolean urban, boolean team) {
		return new HamletRef(id, commune + "-" + String.format("%03d", number), name, Long.parseLong(commune), commune,
				"1.2." + commune + "." + id, "80", urban, team ? List.of(id * 10, id * 10 + 1, id * 10 + 2) : List.of(),
				team ? id : null);
	}
}
