package vn.ngoso.tasks.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number in proportion to weights by largest remainder: the parts are whole and
 * add up exactly. With no weight at all the split is even.
 */
public final class Apportion {

	private Apportion() {
	}

	public static long[] split(long total, long[] weights) {
		int n = weights.length;
		long[] parts = new long[n];
		if (n == 0) {
			return parts;
		}
		long sum = 0;
		for (long w : weights) {
			sum += w;
		}
		long[] w = weights.clone();
		if (sum == 0) {
			java.util.Arrays.fill(w, 1);
			sum = n;
		}
		long given = 0;
		List<int[]> order = new ArrayList<>();
		double[] remainders = new double[n];
		for (int i = 0; i < n; i++) {
			double exact = (double) total * w[i] / sum;
			parts[i] = (long) Math.floor(exact);
			remainders[i] = exact - parts[i];
			given += parts[i];
			order.add(new int[] { i });
		}
		order.sort(Comparator.comparingDouble((int[] a) -> -remainders[a[0]]).thenComparingInt(a -> a[0]));
		for (int k = 0; given < total; k = (k + 1) % n) {
			parts[order.get(k)[0]]++;
			given++;
		}
		return parts;
	}
}
