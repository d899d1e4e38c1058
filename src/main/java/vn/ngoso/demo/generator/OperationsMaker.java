package vn.ngoso.demo.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A year of outreach sessions and desk support days for the hamlets' communes, adding up exactly
 * to the targets. Sessions go to communes in proportion to their hamlets (times a seeded zeal),
 * each held by a hamlet's team or by the commune, on a day of the year that leans towards the
 * busy months (before Tết and the mid-year campaign); leaflets are split over sessions by their
 * attendance. Desk days: each commune's one-stop desk once a month, the provincial centre on
 * Tuesdays and on every other Thursday (1–2 days a week); accounts helped are split over the
 * days, the centre's days weighing three times a commune's.
 */
public final class OperationsMaker {

	/** Months' weights: busier in March–April (the campaigns) and December (before Tết). */
	private static final double[] MONTH_WEIGHT = { 0.6, 0.7, 1.2, 1.3, 1.0, 1.1, 1.0, 0.9, 1.0, 1.0, 1.0, 1.2 };

	private static final String[] TOPIC_SETS = { "ONLINE_PUBLIC_SERVICES,ONLINE_PAYMENT", "VNEID,PROVINCIAL_APP",
			"CASHLESS,ONLINE_PAYMENT", "DIGITAL_SKILLS,ONLINE_SAFETY", "ONLINE_PUBLIC_SERVICES,VNEID,PROVINCIAL_APP",
			"ONLINE_SAFETY", "PROVINCIAL_APP" };

	private static final String[] PARTNERS = { "Viettel Long An", "VNPT Long An", "Bưu điện tỉnh Long An", "MobiFone",
			"" };

	/** Where records are counted: a hamlet or commune, or the province for its centre. */
	public record Place(long unitId, String path, String provinceCode, String name) {
	}

	public record SessionMade(UUID id, Place place, LocalDate date, String venue, String topics, int attendees,
			int leaflets, @Nullable String partners, @Nullable Long teamUnit) {
	}

	public record DeskDayMade(UUID id, Place desk, LocalDate date, int accounts, int dossiers, int payments,
			List<Long> members) {
	}

	public record Made(List<SessionMade> sessions, List<DeskDayMade> days) {

		public long leaflets() {
			return sessions.stream().mapToLong(SessionMade::leaflets).sum();
		}

		public long accounts() {
			return days.stream().mapToLong(DeskDayMade::accounts).sum();
		}
	}

	private final long seed;

	public OperationsMaker(long seed) {
		this.seed = seed;
	}

	public Made make(List<HamletRef> hamlets, Place province, OperationTargets targets) {
		Map<Long, List<HamletRef>> byCommune = new LinkedHashMap<>();
		hamlets.stream().sorted(java.util.Comparator.comparing(HamletRef::code))
			.forEach(h -> byCommune.computeIfAbsent(h.communeId(), c -> new ArrayList<>()).add(h));
		List<List<HamletRef>> communes = new ArrayList<>(byCommune.values());
		SplittableRandom r = Seeds.random(seed, "operations", String.valueOf(targets.year()));
		return new Made(sessions(communes, targets, r), deskDays(communes, province, targets, r));
	}

	private List<SessionMade> sessions(List<List<HamletRef>> communes, OperationTargets targets, SplittableRandom r) {
		double[] zeal = new double[communes.size()];
		for (int i = 0; i < zeal.length; i++) {
			zeal[i] = communes.get(i).size() * (0.6 + 0.8 * r.nextDouble());
		}
		int[] perCommune = Apportion.of(targets.sessions(), zeal);
		List<SessionMade> drafts = new ArrayList<>();
		for (int i = 0; i < communes.size(); i++) {
			List<HamletRef> hamlets = communes.get(i);
			List<HamletRef> withTeams = hamlets.stream().filter(HamletRef::hasTeam).toList();
			for (int k = 0; k < perCommune[i]; k++) {
				boolean byTeam = !withTeams.isEmpty() && r.nextInt(100) < 70;
				HamletRef hamlet = byTeam ? withTeams.get(r.nextInt(withTeams.size())) : hamlets.get(0);
				Place place = byTeam ? hamletPlace(hamlet) : communePlace(hamlet);
				int attendees = byTeam ? 15 + r.nextInt(70) : 40 + r.nextInt(160);
				String partner = PARTNERS[r.nextInt(PARTNERS.length)];
				drafts.add(new SessionMade(Seeds.uuid(r), place, day(targets.year(), r),
						byTeam ? "Nhà văn hoá " + hamlet.name() : "Hội trường UBND xã", TOPIC_SETS[r.nextInt(TOPIC_SETS.length)],
						attendees, 0, partner.isEmpty() ? null : partner, byTeam ? hamlet.id() : null));
			}
		}
		double[] weights = drafts.stream().mapToDouble(s -> s.attendees() * (0.5 + r.nextDouble())).toArray();
		int[] leaflets = Apportion.of(targets.leaflets(), weights);
		List<SessionMade> sessions = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			SessionMade d = drafts.get(i);
			sessions.add(new SessionMade(d.id(), d.place(), d.date(), d.venue(), d.topics(), d.attendees(),
					leaflets[i], d.partners(), d.teamUnit()));
		}
		return sessions;
	}

	private List<DeskDayMade> deskDays(List<List<HamletRef>> communes, Place province, OperationTargets targets,
			SplittableRandom r) {
		record Draft(Place desk, LocalDate date, double weight, List<Long> members) {
		}
		List<Draft> drafts = new ArrayList<>();
		int year = targets.year();
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			boolean tuesday = d.getDayOfWeek() == DayOfWeek.TUESDAY;
			boolean otherThursday = d.getDayOfWeek() == DayOfWeek.THURSDAY && (d.getDayOfYear() / 7) % 2 == 0;
			if (tuesday || otherThursday) {
				drafts.add(new Draft(province, d, 3 * (0.7 + 0.6 * r.nextDouble()), duty(communes, r)));
			}
		}
		for (List<HamletRef> hamlets : communes) {
			Place desk = communePlace(hamlets.get(0));
			for (int month = 1; month <= 12; month++) {
				LocalDate first = LocalDate.of(year, month, 1);
				LocalDate day = workday(first.plusDays(r.nextInt(first.lengthOfMonth())));
				drafts.add(new Draft(desk, day, (0.5 + r.nextDouble()) * MONTH_WEIGHT[month - 1],
						duty(List.of(hamlets), r)));
			}
		}
		int[] accounts = Apportion.of(targets.accountsHelped(), drafts.stream().mapToDouble(Draft::weight).toArray());
		List<DeskDayMade> days = new ArrayList<>(drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			Draft d = drafts.get(i);
			int dossiers = (int) Math.round(accounts[i] * (0.4 + 0.3 * r.nextDouble()));
			int payments = (int) Math.round(dossiers * (0.2 + 0.2 * r.nextDouble()));
			days.add(new DeskDayMade(Seeds.uuid(r), d.desk(), d.date(), accounts[i], dossiers, payments, d.members()));
		}
		return days;
	}

	/** One or two members of the communes' teams on duty (none where no team has members). */
	private static List<Long> duty(List<List<HamletRef>> communes, SplittableRandom r) {
		List<HamletRef> hamlets = communes.get(r.nextInt(communes.size())).stream().filter(HamletRef::hasTeam).toList();
		if (hamlets.isEmpty()) {
			return List.of();
		}
		List<Long> members = hamlets.get(r.nextInt(hamlets.size())).memberIds();
		long first = members.get(r.nextInt(members.size()));
		long second = members.get(r.nextInt(members.size()));
		return first == second ? List.of(first) : List.of(Math.min(first, second), Math.max(first, second));
	}

	/** A day of the year, months weighted by {@link #MONTH_WEIGHT}, moved off Sundays. */
	private static LocalDate day(int year, SplittableRandom r) {
		double total = 0;
		for (double w : MONTH_WEIGHT) {
			total += w;
		}
		double pick = r.nextDouble() * total;
		int month = 0;
		while (month < 11 && pick >= MONTH_WEIGHT[month]) {
			pick -= MONTH_WEIGHT[month++];
		}
		LocalDate first = LocalDate.of(year, month + 1, 1);
		LocalDate d = first.plusDays(r.nextInt(first.lengthOfMonth()));
		return d.getDayOfWeek() == DayOfWeek.SUNDAY ? (d.getDayOfMonth() > 1 ? d.minusDays(1) : d.plusDays(1)) : d;
	}

	private static LocalDate workday(LocalDate d) {
		if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return d.getDayOfMonth() > 1 ? d.minusDays(1) : d.plusDays(2);
		}
		if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return d.getDayOfMonth() > 2 ? d.minusDays(2) : d.plusDays(1);
		}
		return d;
	}

	private static Place hamletPlace(HamletRef h) {
		return new Place(h.id(), h.path(), h.provinceCode(), h.name());
	}

	private static Place communePlace(HamletRef h) {
		String path = h.path().substring(0, h.path().lastIndexOf('.'));
		return new Place(h.communeId(), path, h.provinceCode(), h.communeCode());
	}
}
