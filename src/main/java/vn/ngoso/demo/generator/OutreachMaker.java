package vn.ngoso.demo.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.ngoso.demo.generator.GeneratedHousehold.Event;
import vn.ngoso.demo.generator.GeneratedHousehold.Mark;
import vn.ngoso.demo.generator.GeneratedHousehold.Outcome;
import vn.ngoso.demo.generator.GeneratedHousehold.Person;
import vn.ngoso.demo.generator.GeneratedHousehold.VisitMade;
import vn.ngoso.demo.generator.HouseholdMaker.Draft;
import vn.ngoso.demo.generator.Plan.HamletPlan;
import vn.ngoso.households.ReadinessItem;

/**
 * Profiles and visits for one hamlet. Each resident aged 15+ starts with what they had before
 * the team came (smartphone, e-ID, bank account… by age); then exactly the planned number of
 * households is guided to each of online services, the provincial app and cashless payment,
 * through one to three visits whose outcomes name one adult (sometimes two). Households more
 * engaged overall are likelier to be guided in every way. A few other households get a visit
 * for something else, or nobody was home. Visits are dated between {@link #FIRST_VISIT} and the
 * day before {@link HouseholdMaker#AS_OF}.
 */
final class OutreachMaker {

	static final LocalDate FIRST_VISIT = LocalDate.of(2023, 1, 2);

	private static final LocalDate BASELINE_FROM = LocalDate.of(2019, 6, 1);

	private static final int VISIT_DAYS = (int) ChronoUnit.DAYS.between(FIRST_VISIT, HouseholdMaker.AS_OF);

	private static final String[] NOTES = { "Hướng dẫn cài đặt ứng dụng Long An Số",
			"Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công", "Hướng dẫn thanh toán bằng mã QR",
			"Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2", "Hộ vắng nhà, hẹn lần sau" };

	private static final ReadinessItem[] OTHER_HELP = { ReadinessItem.VNEID_DOSSIER, ReadinessItem.VNEID_ACTIVATED,
			ReadinessItem.SMARTPHONE, ReadinessItem.BANK_ACCOUNT, ReadinessItem.VSSID };

	/** Guided kinds, in the order of the plan's counts. */
	enum Kind {
		ONLINE, APP, CASHLESS
	}

	List<List<VisitMade>> make(HamletPlan plan, List<Draft> drafts, long seed) {
		HamletRef hamlet = plan.hamlet();
		SplittableRandom r = Seeds.random(seed, "outreach", hamlet.code());
		int n = drafts.size();
		for (Draft d : drafts) {
			for (Person p : d.residents()) {
				baseline(p, r);
			}
		}
		double[] engagement = new double[n];
		for (int j = 0; j < n; j++) {
			engagement[j] = r.nextDouble();
		}
		boolean[][] guided = new boolean[Kind.values().length][];
		int[] quotas = { plan.online(), plan.app(), plan.cashless() };
		for (Kind kind : Kind.values()) {
			guided[kind.ordinal()] = choose(engagement, quotas[kind.ordinal()], r);
		}
		List<List<VisitMade>> visits = new ArrayList<>(n);
		for (int j = 0; j < n; j++) {
			Set<Kind> kinds = EnumSet.noneOf(Kind.class);
			for (Kind kind : Kind.values()) {
				if (guided[kind.ordinal()][j]) {
					kinds.add(kind);
				}
			}
			Draft d = drafts.get(j);
			if (!kinds.isEmpty()) {
				visits.add(guide(d, kinds, hamlet, r));
			}
			else if (hamlet.hasTeam() && r.nextInt(100) < 12) {
				visits.add(otherVisit(d, hamlet, r));
			}
			else {
				visits.add(List.of());
			}
		}
		return visits;
	}

	/** The households with the highest engagement plus noise: exactly {@code quota} of them. */
	private static boolean[] choose(double[] engagement, int quota, SplittableRandom r) {
		int n = engagement.length;
		double[] score = new double[n];
		for (int j = 0; j < n; j++) {
			score[j] = engagement[j] + 0.7 * r.nextDouble();
		}
		Integer[] order = IntStream.range(0, n).boxed()
			.sorted(Comparator.comparingDouble((Integer j) -> -score[j]).thenComparingInt(j -> j))
			.toArray(Integer[]::new);
		boolean[] chosen = new boolean[n];
		for (int k = 0; k < quota; k++) {
			chosen[order[k]] = true;
		}
		return chosen;
	}

	/** What a resident aged 15+ could already do before any visit. */
	private static void baseline(Person p, SplittableRandom r) {
		int age = p.age();
		if (age < 15) {
			return;
		}
		int phone = age <= 30 ? 92 : age <= 50 ? 82 : age <= 65 ? 55 : 20;
		boolean smartphone = r.nextInt(100) < phone;
		if (smartphone) {
			mark(p, ReadinessItem.SMARTPHONE, before(r), null);
		}
		if (r.nextInt(100) < 90) {
			LocalDate dossier = before(r);
			mark(p, ReadinessItem.VNEID_DOSSIER, dossier, null);
			if (smartphone && r.nextInt(100) < 80) {
				mark(p, ReadinessItem.VNEID_ACTIVATED, after(dossier, r), null);
			}
		}
		if (r.nextInt(100) < (age >= 18 && age <= 60 ? 75 : 35)) {
			mark(p, ReadinessItem.BANK_ACCOUNT, before(r), null);
		}
		if (age >= 18 && age <= 60 && r.nextInt(100) < 15) {
			mark(p, ReadinessItem.VSSID, before(r), null);
		}
		if (smartphone && r.nextInt(100) < 6) {
			mark(p, ReadinessItem.PROVINCIAL_APP, before(r), null);
		}
		if (smartphone && r.nextInt(100) < (age <= 40 ? 30 : age <= 60 ? 10 : 2)) {
			mark(p, ReadinessItem.FLUENT, before(r), null);
		}
	}

	private List<VisitMade> guide(Draft d, Set<Kind> kinds, HamletRef hamlet, SplittableRandom r) {
		Person helper = helper(d.residents(), r);
		int count = 1 + r.nextInt(kinds.size() >= 2 ? 3 : 2);
		List<Pending> pending = pending(count, hamlet, r);
		if (!helper.readiness().containsKey(ReadinessItem.SMARTPHONE)) {
			mark(helper, ReadinessItem.SMARTPHONE, pending.get(0).date.minusDays(1 + r.nextInt(300)), null);
		}
		for (Kind kind : kinds) {
			int v = r.nextInt(count);
			Pending visit = pending.get(v);
			switch (kind) {
				case APP -> {
					visit.add(helper, ReadinessItem.PROVINCIAL_APP);
					if (r.nextInt(100) < 25) {
						Person second = another(d.residents(), helper, r);
						if (second != null) {
							if (!second.readiness().containsKey(ReadinessItem.SMARTPHONE)) {
								visit.add(second, ReadinessItem.SMARTPHONE);
							}
							visit.add(second, ReadinessItem.PROVINCIAL_APP);
						}
					}
				}
				case ONLINE -> {
					if (r.nextInt(100) < 90) {
						visit.add(helper, ReadinessItem.ONLINE_SERVICE_ACCOUNT);
						if (r.nextInt(100) < 60) {
							pending.get(v + r.nextInt(count - v)).add(helper, ReadinessItem.ONLINE_SERVICE_USED);
						}
					}
					else {
						mark(helper, ReadinessItem.ONLINE_SERVICE_ACCOUNT, visit.date.minusDays(1 + r.nextInt(200)),
								null);
						visit.add(helper, ReadinessItem.ONLINE_SERVICE_USED);
					}
				}
				case CASHLESS -> {
					if (!helper.readiness().containsKey(ReadinessItem.BANK_ACCOUNT)) {
						visit.add(helper, ReadinessItem.BANK_ACCOUNT);
					}
					visit.add(helper, ReadinessItem.CASHLESS);
				}
			}
		}
		Pending last = pending.get(count - 1);
		if (!helper.readiness().containsKey(ReadinessItem.FLUENT) && r.nextInt(100) < 40) {
			last.add(helper, ReadinessItem.FLUENT);
		}
		if (r.nextInt(100) < 20) {
			for (Person p : d.residents()) {
				if (p.age() >= 17 && p.readiness().containsKey(ReadinessItem.VNEID_DOSSIER)
						&& !p.readiness().containsKey(ReadinessItem.VNEID_ACTIVATED)) {
					last.add(p, ReadinessItem.VNEID_ACTIVATED);
					break;
				}
			}
		}
		return finish(pending, r);
	}

	private List<VisitMade> otherVisit(Draft d, HamletRef hamlet, SplittableRandom r) {
		List<Pending> pending = pending(1, hamlet, r);
		if (r.nextInt(100) >= 50) {
			List<Person> adults = d.residents().stream().filter(p -> p.age() >= 17).toList();
			Person p = adults.get(r.nextInt(adults.size()));
			ReadinessItem item = OTHER_HELP[r.nextInt(OTHER_HELP.length)];
			// help with something the resident already had is no outcome (the flags call it made up);
			// the draws stay the same, so the rest of the data does too
			if (!p.readiness().containsKey(item)) {
				pending.get(0).add(p, item);
			}
		}
		return finish(pending, r);
	}

	/** An adult of working age if there is one, else the youngest adult. */
	private static Person helper(List<Person> residents, SplittableRandom r) {
		List<Person> working = residents.stream().filter(p -> p.age() >= 18 && p.age() <= 55).toList();
		if (!working.isEmpty()) {
			return working.get(r.nextInt(working.size()));
		}
		return residents.stream().filter(p -> p.age() >= 18).min(Comparator.comparingInt(Person::age))
			.orElse(residents.get(0));
	}

	private static @Nullable Person another(List<Person> residents, Person helper, SplittableRandom r) {
		List<Person> others = residents.stream().filter(p -> p != helper && p.age() >= 17 && p.age() <= 65).toList();
		return others.isEmpty() ? null : others.get(r.nextInt(others.size()));
	}

	/** A visit being put together. */
	private static final class Pending {

		final UUID id;

		final LocalDate date;

		final List<Long> members;

		final Set<Outcome> outcomes = new LinkedHashSet<>();

		final List<Person> people = new ArrayList<>();

		Pending(UUID id, LocalDate date, List<Long> members) {
			this.id = id;
			this.date = date;
			this.members = members;
		}

		void add(Person p, ReadinessItem item) {
			// a guide recording an item is the news that the resident did not have it: a baseline
			// that says otherwise goes (else the record looks made up, and the flags say so)
			Mark had = p.readiness().get(item);
			if (had != null && had.visitId() == null) {
				p.readiness().remove(item);
				p.events().removeIf(e -> e.item() == item && e.visitId() == null);
			}
			if (outcomes.add(new Outcome(p.id(), item))) {
				people.add(p);
			}
		}
	}

	private static List<Pending> pending(int count, HamletRef hamlet, SplittableRandom r) {
		int[] days = new int[count];
		for (int i = 0; i < count; i++) {
			days[i] = r.nextInt(VISIT_DAYS);
		}
		Arrays.sort(days);
		List<Pending> out = new ArrayList<>(count);
		for (int day : days) {
			List<Long> team = hamlet.memberIds();
			long first = team.get(r.nextInt(team.size()));
			List<Long> members = List.of(first);
			if (team.size() > 1 && r.nextInt(100) < 40) {
				long second = team.get(r.nextInt(team.size()));
				if (second != first) {
					members = List.of(Math.min(first, second), Math.max(first, second));
				}
			}
			out.add(new Pending(Seeds.uuid(r), FIRST_VISIT.plusDays(day), members));
		}
		return out;
	}

	/** Outcomes go into the profiles (history always, the profile keeps the earliest day). */
	private static List<VisitMade> finish(List<Pending> pending, SplittableRandom r) {
		List<VisitMade> visits = new ArrayList<>(pending.size());
		for (Pending p : pending) {
			List<Outcome> outcomes = List.copyOf(p.outcomes);
			int i = 0;
			for (Outcome o : outcomes) {
				mark(p.people.get(i++), o.item(), p.date, p.id);
			}
			String note = r.nextInt(100) < 10 ? NOTES[r.nextInt(NOTES.length)] : null;
			visits.add(new VisitMade(p.id, p.date, p.members, outcomes, note));
		}
		return visits;
	}

	private static void mark(Person p, ReadinessItem item, LocalDate on, @Nullable UUID visitId) {
		p.events().add(new Event(item, on, visitId));
		Mark existing = p.readiness().get(item);
		if (existing == null || on.isBefore(existing.since())) {
			p.readiness().put(item, new Mark(on, visitId));
		}
	}

	private static LocalDate before(SplittableRandom r) {
		return BASELINE_FROM.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(BASELINE_FROM, FIRST_VISIT)));
	}

	private static LocalDate after(LocalDate from, SplittableRandom r) {
		LocalDate d = from.plusDays(1 + r.nextInt(200));
		return d.isBefore(FIRST_VISIT) ? d : FIRST_VISIT.minusDays(1);
	}
}
