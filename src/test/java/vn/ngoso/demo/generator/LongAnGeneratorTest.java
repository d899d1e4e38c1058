package vn.ngoso.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.data.Index;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngoso.households.CitizenId;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.csv.CsvReader;

/** The generator on a two-commune slice: deterministic, in the import format, at the designed rates. */
class LongAnGeneratorTest {

	private static final List<HamletRef> SLICE = SyntheticTree.twoCommunes();

	/** The province's rates over the slice's 11 hamlets (480 households each on average). */
	private static final Targets TARGETS = Targets.LONG_AN.slice(SLICE.size(), 1000);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern CCCD = Pattern.compile("080[0-3]\\d{8}");

	@TempDir
	Path dir;

	private Summary write(long seed, Path file, HouseholdSink... more) throws IOException {
		LongAnGenerator generator = new LongAnGenerator(seed);
		List<HouseholdSink> sinks = new ArrayList<>(List.of(more));
		sinks.add(0, new ImportCsvFile(file));
		return generator.generate(generator.plan(SLICE, TARGETS), sinks.toArray(HouseholdSink[]::new));
	}

	@Test
	void theSameSeedWritesTheSameFileAndAnotherSeedAnotherFile() throws IOException {
		write(7, dir.resolve("a.csv"));
		write(7, dir.resolve("b.csv"));
		write(8, dir.resolve("c.csv"));
		assertThat(GeneratorRunner.sha256(dir.resolve("a.csv"))).isEqualTo(GeneratorRunner.sha256(dir.resolve("b.csv")))
			.isNotEqualTo(GeneratorRunner.sha256(dir.resolve("c.csv")));
	}

	@Test
	void theHeaderIsExactAndEveryRowFollowsTheImportRules() throws Exception {
		Path file = dir.resolve("slice.csv");
		Summary summary = write(LongAnGenerator.DEFAULT_SEED, file);
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) 'M');
		assertThat(text.substring(0, text.indexOf('\n')))
			.isEqualTo("Mã xã,Ấp/khu phố,Mã hộ,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,Số điện thoại,Số CCCD");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();

		List<CsvReader.Row> rows = CsvReader.read(bytes,
				ImportCsvFile.HEADER.stream().map(h -> h.toLowerCase()).toList());
		assertThat(rows).hasSize(TARGETS.residents());
		assertThat(summary.residents).isEqualTo(TARGETS.residents());

		Map<String, String> hamletOfCommune = new HashMap<>();
		SLICE.forEach(h -> hamletOfCommune.put(h.communeCode() + "|" + h.name(), h.code()));
		Map<String, String> householdColumns = new HashMap<>();
		Map<String, Integer> heads = new HashMap<>();
		Set<String> citizenIds = new HashSet<>();
		Set<String> foldedNames = new HashSet<>();
		Set<String> phones = new HashSet<>();
		Set<String> relations = Set.copyOf(ImportCsvFile.RELATIONS.values());
		int under15 = 0;
		for (CsvReader.Row row : rows) {
			String where = "line " + row.line();
			assertThat(row.cells()).as(where).hasSize(10);
			assertThat(hamletOfCommune).as(where).containsKey(row.cell(0) + "|" + row.cell(1));
			String household = row.cell(0) + "|" + row.cell(2);
			assertThat(row.cell(2)).as(where).matches("\\d{3}-\\d{4}");
			String columns = row.cell(1) + "|" + row.cell(3);
			assertThat(householdColumns.putIfAbsent(household, columns)).as(where + ": household columns repeated")
				.isIn(null, columns);
			assertThat(row.cell(3)).as(where).isNotBlank().endsWith(row.cell(1));
			assertThat(row.cell(4)).as(where).matches("\\p{L}+( \\p{L}+){2,}");
			assertThat(foldedNames.add(household + "|" + SearchText.fold(row.cell(4))))
				.as(where + ": names in a household differ even without diacritics").isTrue();

			String birth = row.cell(5);
			int birthYear;
			LocalDate birthDate = null;
			if (birth.length() == 4) {
				birthYear = Integer.parseInt(birth);
			}
			else {
				birthDate = LocalDate.parse(birth, DATE);
				birthYear = birthDate.getYear();
			}
			int age = birthDate != null ? java.time.Period.between(birthDate, HouseholdMaker.AS_OF).getYears()
					: Math.max(0, HouseholdMaker.AS_OF.getYear() - birthYear - 1);
			assertThat(age).as(where).isBetween(0, 90);
			if (age < 15) {
				under15++;
			}
			assertThat(row.cell(6)).as(where).isIn("Nam", "Nữ");
			assertThat(row.cell(7)).as(where).isIn(relations);
			if (row.cell(7).equals("Chủ hộ")) {
				heads.merge(household, 1, Integer::sum);
				assertThat(age).as(where + ": a head is an adult").isGreaterThanOrEqualTo(18);
			}
			String phone = row.cell(8);
			if (!phone.isEmpty()) {
				assertThat(PhoneNumber.normalize(phone)).as(where).contains(phone);
				assertThat(age).as(where + ": phones are adults'").isGreaterThanOrEqualTo(17);
				assertThat(phones.add(phone)).as(where + ": phone unique").isTrue();
			}
			String cccd = row.cell(9);
			if (!cccd.isEmpty()) {
				assertThat(cccd).as(where).matches(CCCD);
				assertThat(CitizenId.normalize(cccd)).as(where).contains(cccd);
				boolean male = row.cell(6).equals("Nam");
				int digit = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1);
				assertThat(cccd.substring(3, 6)).as(where + ": century, sex and year")
					.isEqualTo(digit + String.format("%02d", birthYear % 100));
				assertThat(age).as(where).isGreaterThanOrEqualTo(13);
				assertThat(citizenIds.add(cccd)).as(where + ": citizen ID unique").isTrue();
			}
		}
		assertThat(householdColumns).hasSize(TARGETS.households());
		assertThat(heads).hasSize(TARGETS.households()).allSatisfy((h, n) -> assertThat(n).isEqualTo(1));
		double perHousehold = (double) rows.size() / householdColumns.size();
		assertThat(perHousehold).isBetween(3.4, 3.7);
		assertThat((double) under15 / rows.size()).isBetween(0.12, 0.18);
		assertThat(phones.size()).isBetween((int) (summary.adults * 0.4), (int) (summary.adults * 0.9));
		assertThat(citizenIds.size()).isBetween((int) (summary.adults * 0.6), (int) summary.residents);
	}

	@Test
	void theGuidedHouseholdsComeOutExactlyAtTheProvincesRates() throws IOException {
		Map<String, int[]> perHamlet = new HashMap<>();
		Summary summary = write(LongAnGenerator.DEFAULT_SEED, dir.resolve("slice.csv"), new HouseholdSink() {
			@Override
			public void accept(GeneratedHousehold h) {
				int[] counts = perHamlet.computeIfAbsent(h.hamlet().code(), k -> new int[4]);
				counts[0]++;
				Set<ReadinessItem> items = new HashSet<>();
				h.visits().forEach(v -> v.outcomes().forEach(o -> items.add(o.item())));
				counts[1] += items.contains(ReadinessItem.ONLINE_SERVICE_ACCOUNT)
						|| items.contains(ReadinessItem.ONLINE_SERVICE_USED) ? 1 : 0;
				counts[2] += items.contains(ReadinessItem.PROVINCIAL_APP) ? 1 : 0;
				counts[3] += items.contains(ReadinessItem.CASHLESS) ? 1 : 0;
				for (var visit : h.visits()) {
					assertThat(h.hamlet().memberIds()).containsAll(visit.memberIds());
					assertThat(visit.date()).isBefore(HouseholdMaker.AS_OF);
					for (var outcome : visit.outcomes()) {
						var resident = h.residents().stream().filter(r -> r.id().equals(outcome.residentId())).findFirst();
						assertThat(resident).as("outcome for a resident of the household").isPresent();
						assertThat(resident.get().age()).as("outcomes only for residents aged 15+").isGreaterThanOrEqualTo(17);
					}
				}
			}

			@Override
			public void close() {
			}
		});
		// 5,280 households at Long An's rates: 203,400 / 255,600 / 180,300 of 480,000
		assertThat(TARGETS).isEqualTo(new Targets(5280, 18700, 2237, 2812, 1983));
		assertThat(summary.households).isEqualTo(5280);
		assertThat(summary.guidedOnline).isEqualTo(2237);
		assertThat(summary.guidedApp).isEqualTo(2812);
		assertThat(summary.guidedCashless).isEqualTo(1983);
		assertThat(perHamlet.get("27694-006")[1] + perHamlet.get("27694-006")[2] + perHamlet.get("27694-006")[3])
			.as("a hamlet without a team has nobody to guide it").isZero();
		perHamlet.forEach((code, c) -> {
			if (!code.equals("27694-006")) {
				assertThat((double) c[2] / c[0]).as(code + " app rate").isBetween(0.30, 0.80);
				assertThat((double) c[1] / c[0]).as(code + " online rate").isBetween(0.20, 0.70);
			}
		});
	}

	@Test
	void theProvincePlanAddsUpToTheSourceFiguresExactly() {
		Plan plan = Plan.of(SyntheticTree.longAnSized(), Targets.LONG_AN, LongAnGenerator.DEFAULT_SEED);
		assertThat(plan.hamlets()).hasSize(1000);
		assertThat(plan.hamlets().stream().mapToInt(Plan.HamletPlan::households).sum()).isEqualTo(480_000);
		assertThat(plan.hamlets().stream().mapToInt(Plan.HamletPlan::residents).sum()).isEqualTo(1_700_000);
		assertThat(plan.hamlets().stream().mapToInt(Plan.HamletPlan::online).sum()).isEqualTo(203_400);
		assertThat(plan.hamlets().stream().mapToInt(Plan.HamletPlan::app).sum()).isEqualTo(255_600);
		assertThat(plan.hamlets().stream().mapToInt(Plan.HamletPlan::cashless).sum()).isEqualTo(180_300);
		assertThat(plan.hamlets()).allSatisfy(h -> {
			assertThat(h.app()).isLessThanOrEqualTo(h.households());
			assertThat(h.residents()).isGreaterThanOrEqualTo(h.households());
			if (!h.hamlet().hasTeam()) {
				assertThat(h.online() + h.app() + h.cashless()).isZero();
			}
		});
	}

	@Test
	void theCopyFilesHoldOneRowPerGeneratedRowInCopyTextFormat() throws IOException {
		CopySpool spool = new CopySpool(dir.resolve("copy"),
				cccd -> new CitizenIds.Protected(new byte[] { 1, (byte) 0xab }, new byte[] { (byte) 0xff }));
		Summary summary = write(3, dir.resolve("slice.csv"), spool);
		assertThat(spool.rows(CopySpool.Table.HOUSEHOLD)).isEqualTo(summary.households);
		assertThat(spool.rows(CopySpool.Table.RESIDENT)).isEqualTo(summary.residents);
		assertThat(spool.rows(CopySpool.Table.VISIT)).isEqualTo(summary.visits);
		assertThat(spool.rows(CopySpool.Table.VISIT_OUTCOME)).isEqualTo(summary.outcomes);
		assertThat(spool.rows(CopySpool.Table.READINESS)).isEqualTo(summary.readiness);
		assertThat(spool.rows(CopySpool.Table.READINESS_EVENT)).isEqualTo(summary.events);
		List<String> residents = Files.readAllLines(dir.resolve("copy/resident.tsv"));
		assertThat(residents).hasSize((int) summary.residents)
			.allSatisfy(line -> assertThat(line.split("\t", -1)).as("the columns of CopySpool.Table.RESIDENT")
				.hasSize(columns(CopySpool.Table.RESIDENT)));
		assertThat(residents).anySatisfy(line -> assertThat(line).contains("\t\\\\x01ab\t\\\\xff\t"));
		assertThat(Files.readAllLines(dir.resolve("copy/visit.tsv"))).isNotEmpty()
			.allSatisfy(line -> assertThat(line.split("\t", -1)).as("the columns of CopySpool.Table.VISIT")
				.hasSize(columns(CopySpool.Table.VISIT)).doesNotContain("\\N", Index.atIndex(2)));
	}

	private static int columns(CopySpool.Table table) {
		return table.columns.split(",").length;
	}

	@Test
	void householdAndResidentIdsAreTimeOrderedInTheOrderTheyAreWritten() throws IOException {
		List<java.util.UUID> ids = new ArrayList<>();
		HouseholdSink collect = new HouseholdSink() {
			@Override
			public void accept(GeneratedHousehold household) {
				ids.add(household.id());
				household.residents().forEach(p -> ids.add(p.id()));
			}

			@Override
			public void close() {
			}
		};
		Summary summary = write(LongAnGenerator.DEFAULT_SEED, dir.resolve("slice.csv"), collect);
		assertThat(ids).hasSize((int) (summary.households + summary.residents))
			.allSatisfy(id -> assertThat(id.version()).isEqualTo(7))
			.doesNotHaveDuplicates();
		// as PostgreSQL compares uuids: byte by byte, so as unsigned halves
		java.util.Comparator<java.util.UUID> unsigned = java.util.Comparator
			.comparing((java.util.UUID id) -> id.getMostSignificantBits(), Long::compareUnsigned)
			.thenComparing(java.util.UUID::getLeastSignificantBits, Long::compareUnsigned);
		// each household, then its residents, then the next household: ids ascending all the way
		assertThat(ids).isSortedAccordingTo(unsigned);
	}

	@Test
	void apportioningKeepsTheTotalAndTheBounds() {
		int[] parts = Apportion.of(10, new double[] { 1, 1, 1 });
		assertThat(parts).containsExactly(4, 3, 3);
		int[] capped = Apportion.of(100, new double[] { 10, 1, 1, 0 }, new int[] { 0, 0, 0, 0 },
				new int[] { 50, 100, 100, 100 });
		assertThat(capped).containsExactly(50, 25, 25, 0);
	}
}
