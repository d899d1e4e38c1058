package vn.ngoso.demo.internal;

import java.util.Random;

/**
 * Team sizes that add up to the member total, mostly 4–12, with a handful deliberately outside
 * (three teams of 3, one of 2, one of 13 from an old roster) so the size warning has something to show.
 */
final class DemoSizes {

	static final int[] OUTSIDE = { 3, 3, 3, 2, 13 };

	private DemoSizes() {
	}

	static int[] teamSizes(int teams, int members, Random random) {
		int[] sizes = new int[teams];
		int inside = teams - OUTSIDE.length;
		int remaining = members;
		for (int i = 0; i < OUTSIDE.length; i++) {
			// spread the odd teams out rather than bunching them at the end
			sizes[inside + i] = OUTSIDE[i];
			remaining -= OUTSIDE[i];
		}
		java.util.Arrays.fill(sizes, 0, inside, 4);
		remaining -= 4 * inside;
		while (remaining > 0) {
			int i = random.nextInt(inside);
			if (sizes[i] < 9) {
				sizes[i]++;
				remaining--;
			}
		}
		shuffle(sizes, random);
		return sizes;
	}

	private static void shuffle(int[] sizes, Random random) {
		for (int i = sizes.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = sizes[i];
			sizes[i] = sizes[j];
			sizes[j] = t;
		}
	}
}
