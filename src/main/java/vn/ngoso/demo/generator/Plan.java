package vn.ngoso.demo.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How many households, residents and guided households each hamlet gets. Hamlets differ in size
 * (quarters of a town are larger) and in how far their team has got (a seeded "progress" per
 * hamlet); every count is apportioned so that the province totals are exactly the targets.
 * Hamlets without a team get no visits, so no guided households.
 */
public record Plan(Targets targets, List<HamletPlan> hamlets) {

	/** One hamlet's share. */
	public record HamletPlan(HamletRef hamlet, int households, int residents, int online, int app, int cashless) {
	}

	public static Plan of(List<HamletRef> hamlets, Targets targets, long seed) {
		List<HamletRef> sorted = hamlets.stream().sorted(Comparator.comparing(HamletRef::code)).toList();
		int n = sorted.size();
		if (n == 0) {
			throw new IllegalArgumentException("No hamlet to fill");
		}
		double[] size = new double[n];
		double[] people = new double[n];
		double[][] progress = new double[3][n];
		for (int i = 0; i < n; i++) {
			HamletRef h = sorted.get(i);
			SplittableRandom r = Seeds.random(seed, "plan", h.code());
			size[i] = (h.urban() ? 1.3 : 1.0) * (0.6 + 0.8 * r.nextDouble());
			people[i] = (h.urban() ? 0.96 : 1.02) * (0.94 + 0.12 * r.nextDouble());
			double team = h.hasTeam() ? 0.7 + 0.6 * r.nextDouble() : 0;
			for (int k = 0; k < 3; k++) {
				progress[k][i] = team * (0.9 + 0.2 * r.nextDouble());
			}
		}
		int[] households = Apportion.of(targets.households(), size, filled(n, 1), filled(n, Integer.MAX_VALUE));
		double[] peopleWeight = new double[n];
		int[] minPeople = new int[n];
		int[] maxPeople = new int[n];
		for (int i = 0; i < n; i++) {
			peopleWeight[i] = households[i] * people[i];
			minPeople[i] = households[i];
			maxPeople[i] = households[i] * 8;
		}
		int[] residents = Apportion.of(targets.residents(), peopleWeight, minPeople, maxPeople);
		int[][] guided = new int[3][];
		int[] totals = { targets.online(), targets.app(), targets.cashless() };
		for (int k = 0; k < 3; k++) {
			double[] w = new double[n];
			for (int i = 0; i < n; i++) {
				w[i] = households[i] * progress[k][i];
			}
			guided[k] = Apportion.of(totals[k], w, new int[n], households);
		}
		List<HamletPlan> plans = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			plans.add(new HamletPlan(sorted.get(i), households[i], residents[i], guided[0][i], guided[1][i],
					guided[2][i]));
		}
		return new Plan(targets, List.copyOf(plans));
	}

	/**
	 * Plans made one by one (a province each, so that each gets its own population) as one: the
	 * generator then numbers every hamlet in one sequence, so that ids stay unique and in order.
	 */
	public static Plan joined(List<Plan> plans) {
		Targets total = plans.get(0).targets();
		List<HamletPlan> hamlets = new ArrayList<>(plans.get(0).hamlets());
		for (Plan p : plans.subList(1, plans.size())) {
			total = total.plus(p.targets());
			hamlets.addAll(p.hamlets());
		}
		return new Plan(total, List.copyOf(hamlets));
	}

	private static int[] filled(int n, int value) {
		int[] a = new int[n];
		java.util.Arrays.fill(a, value);
		return a;
	}
}
