package vn.ngoso.demo.generator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number over shares in proportion to weights, each share kept between a floor
 * and a ceiling, with the parts adding up to the total exactly (largest remainders get the
 * units left over).
 */
final class Apportion {

	private Apportion() {
	}

	static int[] of(int total, double[] weights) {
		int[] none = new int[weights.length];
		int[] any = new int[weights.length];
		Arrays.fill(any, Integer.MAX_VALUE);
		return of(total, weights, none, any);
	}

	static int[] of(int total, double[] weights, int[] min, int[] max) {
		int n = weights.length;
		long floor = 0;
		long ceiling = 0;
		for (int i = 0; i < n; i++) {
			floor += min[i];
			ceiling += weights[i] > 0 ? max[i] : min[i];
		}
		if (total < floor || total > ceiling) {
			throw new IllegalArgumentException("Cannot split " + total + " between " + floor + " and " + ceiling);
		}
		// water level: the largest multiplier whose clamped shares do not exceed the total
		double lo = 0;
		double hi = 1;
		while (sum(weights, min, max, hi) < total) {
			hi *= 2;
		}
		for (int k = 0; k < 200; k++) {
			double mid = (lo + hi) / 2;
			if (sum(weights, min, max, mid) <= total) {
				lo = mid;
			}
			else {
				hi = mid;
			}
		}
		int[] result = new int[n];
		double[] remainder = new double[n];
		long given = 0;
		for (int i = 0; i < n; i++) {
			double exact = share(weights[i], min[i], max[i], lo);
			result[i] = (int) Math.floor(exact);
			remainder[i] = exact - result[i];
			given += result[i];
		}
		Integer[] order = IntStream.range(0, n).boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparingInt(i -> i))
			.toArray(Integer[]::new);
		long left = total - given;
		while (left > 0) {
			boolean moved = false;
			for (int i : order) {
				if (left == 0) {
					break;
				}
				if (weights[i] > 0 && result[i] < max[i]) {
					result[i]++;
					left--;
					moved = true;
				}
			}
			if (!moved) {
				throw new IllegalStateException("No share can take the " + left + " units left");
			}
		}
		return result;
	}

	private static double sum(double[] weights, int[] min, int[] max, double level) {
		double s = 0;
		for (int i = 0; i < weights.length; i++) {
			s += share(weights[i], min[i], max[i], level);
		}
		return s;
	}

	private static double share(double weight, int min, int max, double level) {
		return Math.max(min, Math.min(max, weight * level));
	}
}
