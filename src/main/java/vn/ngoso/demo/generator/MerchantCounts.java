package vn.ngoso.demo.generator;

import java.util.List;

/** "1 / 7 / 279 / 41 (+ 160 stalls)": generated points by kind, in the report's order. */
final class MerchantCounts {

	private MerchantCounts() {
	}

	static String of(List<GeneratedMerchant> points) {
		StringBuilder text = new StringBuilder();
		for (MerchantMaker.Count count : MerchantMaker.LONG_AN) {
			text.append(text.isEmpty() ? "" : " / ").append(points.stream().filter(p -> p.kind().equals(count.kind())).count());
		}
		return text + " (+ " + points.stream().filter(p -> p.marketId() != null).count() + " stalls)";
	}
}
