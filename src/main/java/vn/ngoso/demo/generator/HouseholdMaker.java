package vn.ngoso.demo.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.ngoso.demo.generator.GeneratedHousehold.Person;
import vn.ngoso.demo.generator.Plan.HamletPlan;
import vn.ngoso.households.Relation;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Sex;

/**
 * The households of one hamlet and who lives in them: a head (24–82, or older when living
 * alone), usually a spouse, then children, or for older heads grown children with their spouse
 * and grandchildren, sometimes a parent of the head. Ages are taken on {@link #AS_OF}, so the
 * same seed gives the same file whatever the day it runs.
 */
final class HouseholdMaker {

	/** The day the population is "as of": the date of the Long An 2024 administrative list. */
	static final LocalDate AS_OF = LocalDate.of(2024, 11, 1);

	private static final String[] STREETS = { "đường Hùng Vương", "đường Nguyễn Huệ", "đường Trần Hưng Đạo",
			"Quốc lộ 1A", "Quốc lộ 62", "đường Nguyễn Thông", "đường Châu Thị Kim", "đường Lê Lợi",
			"đường Huỳnh Văn Nhứt", "đường Nguyễn Trung Trực", "đường Võ Văn Tần", "Đường tỉnh 827" };

	/** Household sizes 1–8 as they are spread in the delta (mean ≈ 3.56), before adjusting to the plan. */
	private static final int[] SIZE_WEIGHT = { 0, 10, 18, 22, 25, 13, 7, 3, 2 };

	/** Nobody generated is older than this on {@link #AS_OF}. */
	static final int MAX_AGE = 90;

	/** A household before the outreach step. */
	record Draft(UUID id, String code, String address, List<Person> residents) {
	}

	/** Room for a hamlet's households in the ids' time field (the largest has about 1,500). */
	private static final long HAMLET_SPAN = 1 << 12;

	private final Identifiers identifiers;

	HouseholdMaker(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	/**
	 * @param ordinal the hamlet's place in the generation: ids follow it, so that rows loaded in
	 *        that order append to the id indexes
	 */
	List<Draft> make(HamletPlan plan, long seed, int ordinal) {
		HamletRef hamlet = plan.hamlet();
		SplittableRandom r = Seeds.random(seed, "households", hamlet.code());
		int[] sizes = sizes(plan.households(), plan.residents(), r);
		List<Draft> drafts = new ArrayList<>(sizes.length);
		int house = 0;
		int group = 1;
		for (int i = 0; i < sizes.length; i++) {
			house += 1 + r.nextInt(3);
			if (i > 0 && r.nextInt(40) == 0) {
				group++;
			}
			String code = hamlet.number() + "-" + String.format("%04d", i + 1);
			String address = hamlet.urban()
					? "Số " + house + " " + STREETS[r.nextInt(STREETS.length)] + ", " + hamlet.name()
					: "Số " + house + ", tổ " + group + ", " + hamlet.name();
			long order = (long) ordinal * HAMLET_SPAN + i;
			drafts.add(new Draft(Seeds.orderedUuid(order, 0, r), code, address, residents(sizes[i], r, order)));
		}
		return drafts;
	}

	/** Sizes drawn from the usual spread, then nudged one by one until they add up to the plan. */
	static int[] sizes(int households, int residents, SplittableRandom r) {
		int total = 0;
		for (int w : SIZE_WEIGHT) {
			total += w;
		}
		int[] sizes = new int[households];
		int sum = 0;
		for (int i = 0; i < households; i++) {
			int x = r.nextInt(total);
			int s = 1;
			while (x >= SIZE_WEIGHT[s]) {
				x -= SIZE_WEIGHT[s];
				s++;
			}
			sizes[i] = s;
			sum += s;
		}
		while (sum != residents) {
			int i = r.nextInt(households);
			if (sum < residents && sizes[i] < 10) {
				sizes[i]++;
				sum++;
			}
			else if (sum > residents && sizes[i] > 1) {
				sizes[i]--;
				sum--;
			}
		}
		return sizes;
	}

	private record Proto(Relation relation, int age, Sex sex, String family) {
	}

	private List<Person> residents(int size, SplittableRandom r, long order) {
		List<Proto> protos = compose(size, r);
		List<Person> people = new ArrayList<>(size);
		// the import takes two residents of a household with the same name without diacritics
		// ("Thu" and "Thư") and birth year for one person entered twice: names differ that way too
		Set<String> names = new HashSet<>();
		for (Proto p : protos) {
			String name = PersonNames.full(r, p.sex(), p.family());
			for (int k = 0; k < 50 && !names.add(SearchText.fold(name)); k++) {
				name = PersonNames.full(r, p.sex(), p.family());
			}
			people.add(person(p, name, r, order, people.size() + 1));
		}
		return people;
	}

	private Person person(Proto p, String name, SplittableRandom r, long order, int index) {
		int age = Math.min(MAX_AGE, p.age());
		LocalDate birth = AS_OF.minusYears(age).minusDays(1 + r.nextInt(365));
		boolean yearOnly = r.nextInt(100) < (age >= 60 ? 6 : 1);
		String phone = null;
		int phoneChance = age < 18 ? 0 : age <= 60 ? 72 : age <= 75 ? 45 : 15;
		if (r.nextInt(100) < phoneChance) {
			phone = identifiers.phone();
		}
		String cccd = null;
		int idChance = age < 14 ? 0 : age < 18 ? 50 : 82;
		if (r.nextInt(100) < idChance) {
			cccd = identifiers.citizenId(p.sex(), birth.getYear());
		}
		boolean consent = r.nextInt(100) < 70;
		return new Person(Seeds.orderedUuid(order, index, r), name, yearOnly ? null : birth, birth.getYear(), age, p.sex(), p.relation(),
				phone, cccd, consent, new EnumMap<>(vn.ngoso.households.ReadinessItem.class), new ArrayList<>());
	}

	private static List<Proto> compose(int size, SplittableRandom r) {
		List<Proto> out = new ArrayList<>(size);
		int headAge;
		Sex headSex;
		if (size == 1) {
			headAge = 25 + (int) (66 * Math.pow(r.nextDouble(), 0.6));
			headSex = r.nextInt(100) < 55 ? Sex.FEMALE : Sex.MALE;
		}
		else {
			headAge = 28 + (int) (28 * (r.nextDouble() + r.nextDouble()));
			headSex = r.nextInt(100) < 72 ? Sex.MALE : Sex.FEMALE;
		}
		String headFamily = PersonNames.family(r);
		out.add(new Proto(Relation.HEAD, headAge, headSex, headFamily));
		String fatherFamily = headSex == Sex.MALE ? headFamily : null;
		int motherAge = headSex == Sex.FEMALE ? headAge : -1;
		if (size >= 2 && r.nextInt(100) < (size == 2 ? 80 : 90)) {
			Sex sex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
			int gap = r.nextInt(9);
			int age = Math.max(20, Math.min(MAX_AGE, headSex == Sex.MALE ? headAge - gap : headAge + gap));
			String family = PersonNames.family(r);
			out.add(new Proto(Relation.SPOUSE, age, sex, family));
			if (sex == Sex.MALE) {
				fatherFamily = family;
			}
			else {
				motherAge = age;
			}
		}
		if (fatherFamily == null) {
			fatherFamily = headFamily;
		}
		if (motherAge < 0) {
			motherAge = headAge;
		}
		boolean older = headAge >= 56;
		int adultChildren = 0;
		int youngestAdult = -1;
		boolean childSpouse = false;
		boolean parent = false;
		while (out.size() < size) {
			int left = size - out.size();
			if (older) {
				if (adultChildren < 2 && (adultChildren == 0 || r.nextInt(100) < 45)) {
					int age = Math.max(16, motherAge - 20 - r.nextInt(18));
					out.add(new Proto(Relation.CHILD, age, sex(r), fatherFamily));
					adultChildren++;
					youngestAdult = youngestAdult < 0 ? age : Math.min(youngestAdult, age);
				}
				else if (!childSpouse && r.nextInt(100) < 50) {
					int age = Math.max(18, youngestAdult + r.nextInt(7) - 3);
					out.add(new Proto(Relation.OTHER, age, sex(r), PersonNames.family(r)));
					childSpouse = true;
				}
				else {
					int span = Math.max(1, youngestAdult - 18);
					int age = Math.max(0, youngestAdult - 20 - r.nextInt(12));
					if (age == 0) {
						age = r.nextInt(span);
					}
					out.add(new Proto(Relation.GRANDCHILD, age, sex(r),
							r.nextInt(100) < 65 ? headFamily : PersonNames.family(r)));
				}
			}
			else if (!parent && left >= 2 && r.nextInt(100) < 18) {
				Sex sex = sex(r);
				int age = Math.min(MAX_AGE, headAge + 22 + r.nextInt(14));
				out.add(new Proto(Relation.PARENT, age, sex, sex == Sex.MALE ? headFamily : PersonNames.family(r)));
				parent = true;
			}
			else if (headAge < 35 && r.nextInt(100) < 3) {
				Sex sex = sex(r);
				out.add(new Proto(Relation.GRANDPARENT, Math.min(MAX_AGE, headAge + 45 + r.nextInt(15)), sex,
						sex == Sex.MALE ? headFamily : PersonNames.family(r)));
			}
			else if (r.nextInt(100) < 4) {
				out.add(new Proto(Relation.SIBLING, Math.max(5, headAge + r.nextInt(21) - 10), sex(r), headFamily));
			}
			else if (r.nextInt(100) < 2) {
				out.add(new Proto(Relation.OTHER, 5 + r.nextInt(60), sex(r), PersonNames.family(r)));
			}
			else {
				int age = motherAge - 20 - r.nextInt(20);
				if (age < 0) {
					age = r.nextInt(Math.max(1, motherAge - 18));
				}
				out.add(new Proto(Relation.CHILD, age, sex(r), fatherFamily));
			}
		}
		return out;
	}

	private static Sex sex(SplittableRandom r) {
		return r.nextInt(100) < 51 ? Sex.MALE : Sex.FEMALE;
	}
}
