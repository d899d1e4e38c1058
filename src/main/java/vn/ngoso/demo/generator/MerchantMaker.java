package vn.ngoso.demo.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The cashless acceptance points of the source text: "Hiện có 1 trung tâm thương mại, 7 siêu thị,
 * 279 cửa hàng tiện ích, 41 chợ ... triển khai thanh toán không dùng tiền mặt bằng thẻ tín dụng,
 * thẻ ATM, Mobile Money" — as at the end of the report's year, 2024. They are spread over the
 * province's hamlets (towns' quarters weigh more, the commercial centre and supermarkets far
 * more), each started on a day between the teams' start (March 2022) and the end of 2024, and
 * every market gets a few stalls (counted apart, never as markets). The whole province is always
 * planned, then a slice keeps its own communes' points, so a slice's points are the province's.
 */
public final class MerchantMaker {

	/** The source text's counts, by the merchants module's kind codes, in its order. */
	public static final List<Count> LONG_AN = List.of(new Count("COMMERCIAL_CENTRE", 1, 40), new Count("SUPERMARKET", 7, 12),
			new Count("CONVENIENCE_STORE", 279, 3), new Count("MARKET", 41, 1));

	static final LocalDate FIRST = LocalDate.of(2022, 3, 5);

	/** "Hiện có" in a report of 2024: started by its last day. */
	public static final LocalDate LAST = LocalDate.of(2024, 12, 31);

	/** The methods of the source text, one of which every point takes; VietQR and e-wallets now and then besides. */
	private static final List<String> NAMED = List.of("CARD", "ATM_CARD", "MOBILE_MONEY");

	private static final String[] NAMES = { "Trung tâm thương mại", "Siêu thị", "Cửa hàng tiện lợi", "Chợ" };

	/** @param urbanWeight how much more a town's quarter weighs than a rural hamlet */
	public record Count(String kind, int total, double urbanWeight) {
	}

	private final long seed;

	public MerchantMaker(long seed) {
		this.seed = seed;
	}

	/** The points of the whole province, then only those in {@code communes} (all when empty). */
	public List<GeneratedMerchant> make(List<HamletRef> province, Set<String> communes) {
		List<HamletRef> hamlets = province.stream().sorted(Comparator.comparing(HamletRef::code)).toList();
		List<GeneratedMerchant> points = new ArrayList<>();
		for (int k = 0; k < LONG_AN.size(); k++) {
			Count count = LONG_AN.get(k);
			double[] weights = new double[hamlets.size()];
			for (int i = 0; i < weights.length; i++) {
				SplittableRandom r = Seeds.random(seed, "merchants-" + count.kind(), hamlets.get(i).code());
				weights[i] = (hamlets.get(i).urban() ? count.urbanWeight() : 1) * (0.5 + r.nextDouble());
			}
			int[] shares = Apportion.of(count.total(), weights, new int[weights.length], filled(weights.length, 3));
			for (int i = 0; i < shares.length; i++) {
				for (int n = 1; n <= shares[i]; n++) {
					points.addAll(point(count.kind(), NAMES[k], hamlets.get(i), n));
				}
			}
		}
		return points.stream().filter(p -> communes.isEmpty() || communes.contains(p.hamlet().communeCode())).toList();
	}

	/** One point, and a market's stalls after it. */
	private List<GeneratedMerchant> point(String kind, String label, HamletRef hamlet, int n) {
		SplittableRandom r = Seeds.random(seed, "merchant-" + kind + "-" + n, hamlet.code());
		LocalDate started = day(r, FIRST);
		String name = label + " " + hamlet.name() + (n > 1 ? " số " + n : "");
		var point = new GeneratedMerchant(Seeds.uuid(r), kind, name, hamlet.name(), hamlet, methods(r), started, null);
		List<GeneratedMerchant> made = new ArrayList<>(List.of(point));
		if (kind.equals("MARKET")) {
			int stalls = 2 + r.nextInt(5);
			for (int s = 1; s <= stalls; s++) {
				made.add(new GeneratedMerchant(Seeds.uuid(r), "MARKET_STALL", "Sạp " + s + " – " + name, "Sạp số " + s + ", " + name,
						hamlet, r.nextBoolean() ? List.of("MOBILE_MONEY", "VIETQR") : List.of("MOBILE_MONEY"),
						day(r, started), point.id()));
			}
		}
		return made;
	}

	private static List<String> methods(SplittableRandom r) {
		List<String> methods = new ArrayList<>();
		for (String m : NAMED) {
			if (r.nextInt(3) > 0) {
				methods.add(m);
			}
		}
		if (methods.isEmpty()) {
			methods.add(NAMED.get(r.nextInt(NAMED.size())));
		}
		if (r.nextInt(2) == 0) {
			methods.add("VIETQR");
		}
		return methods;
	}

	private static LocalDate day(SplittableRandom r, LocalDate from) {
		return from.plusDays(r.nextLong(LAST.toEpochDay() - from.toEpochDay() + 1));
	}

	private static int[] filled(int n, int value) {
		int[] a = new int[n];
		java.util.Arrays.fill(a, value);
		return a;
	}
}
