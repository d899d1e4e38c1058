package vn.ngoso.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ngoso.households.CitizenId;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Sex;

/**
 * Households of one commune at full detail (Tuyên Bình): enough for the pages and the field app
 * to have real work to show. The Long An-scale data comes from the generator instead.
 */
final class DemoHouseholds {

	static final int PER_HAMLET = 80;

	private static final String[] STREETS = { "Tổ 1", "Tổ 2", "Tổ 3", "Kênh Cả Bản", "Đường Tỉnh 831", "Bờ kênh" };

	private final JdbcTemplate template;

	private final CitizenIds citizenIds;

	private final Random random;

	private final LocalDate today;

	/**
	 * Bình dân học vụ số certificates, from a generator of their own: the other items' draws (and
	 * so the demo the tests know) stay as they were before the item existed.
	 */
	private final Random certificates = new Random(1_012_025);

	DemoHouseholds(JdbcTemplate template, CitizenIds citizenIds, Random random, LocalDate today) {
		this.template = template;
		this.citizenIds = citizenIds;
		this.random = random;
		this.today = today;
	}

	record Hamlet(long id, long communeId, String path, String province) {
	}

	void insert(List<Hamlet> hamlets) {
		List<Object[]> households = new ArrayList<>();
		List<Object[]> residents = new ArrayList<>();
		List<Object[]> readiness = new ArrayList<>();
		int serial = 0;
		for (Hamlet hamlet : hamlets) {
			for (int i = 0; i < PER_HAMLET; i++) {
				UUID id = UUID.randomUUID();
				serial++;
				String code = String.format("TB%05d", serial);
				String address = "Số " + (i + 1) + ", " + STREETS[random.nextInt(STREETS.length)];
				households.add(new Object[] { id, hamlet.id(), hamlet.communeId(), hamlet.path(), hamlet.province(), code,
						address });
				boolean covered = random.nextInt(100) < 45;
				int size = 2 + random.nextInt(4);
				for (int p = 0; p < size; p++) {
					residents.add(resident(id, p, covered && p == 1, serial, readiness));
				}
			}
		}
		template.batchUpdate("""
				insert into household (id, unit_id, commune_id, unit_path, province_code, code, address)
				values (?, ?, ?, ?::ltree, ?, ?, ?)
				""", households);
		// a resident's and a profile's province code is their household's (part of their keys)
		template.batchUpdate("""
				insert into resident (id, household_id, full_name, name_folded, birth_date, birth_year, sex, relation,
				                      phone, cccd_cipher, cccd_hash, consent_at, consent_method, consent_by, province_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select province_code from household where id = ?))
				""", residents.stream().map(r -> withLast(r, r[1])).toList());
		template.batchUpdate("""
				insert into readiness (resident_id, item, since, recorded_by, province_code)
				values (?, ?, ?, 'demo', (select province_code from resident where id = ?))
				""", readiness.stream().map(r -> withLast(r, r[0])).toList());
		template.update("""
				insert into readiness_event (province_code, resident_id, item, on_date, recorded_by)
				select province_code, resident_id, item, since, recorded_by from readiness where recorded_by = 'demo'
				""");
		// covered_from follows from these rows by the figures' own rule: the demo's recompute sets it
	}

	/**
	 * About half the fluent adults and a fifth of the others hold a Bình dân học vụ số certificate,
	 * dated from March 2025 (when the courses opened on VNeID) to last week; null for the rest.
	 */
	private @org.jspecify.annotations.Nullable LocalDate certificate(int age, boolean fluent) {
		int draw = certificates.nextInt(100);
		LocalDate first = LocalDate.of(2025, 3, 1);
		LocalDate last = today.minusDays(7);
		if (age < 18 || draw >= (fluent ? 55 : 20) || last.isBefore(first)) {
			return null;
		}
		return first.plusDays(certificates.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
	}

	private static Object[] withLast(Object[] row, Object last) {
		Object[] longer = java.util.Arrays.copyOf(row, row.length + 1);
		longer[row.length] = last;
		return longer;
	}

	private Object[] resident(UUID household, int position, boolean fluent, int serial, List<Object[]> readiness) {
		UUID id = UUID.randomUUID();
		String relation = position == 0 ? "HEAD" : position == 1 ? "SPOUSE" : "CHILD";
		int age = position < 2 ? 30 + random.nextInt(40) : 2 + random.nextInt(28);
		LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
		Sex sex = position == 0 ? Sex.MALE : position == 1 ? Sex.FEMALE : DemoData.sexOf(random);
		String name = VietnameseNames.next(random, sex);
		String phone = age >= 15 && random.nextInt(100) < 70 ? "09" + String.format("%08d", 10_000_000 + serial * 10 + position) : null;
		CitizenIds.Protected cccd = null;
		if (age >= 14 && random.nextInt(100) < 60) {
			String number = "080" + (birth.getYear() >= 2000 ? (sex == Sex.MALE ? 2 : 3) : (sex == Sex.MALE ? 0 : 1))
					+ String.format("%02d", birth.getYear() % 100) + String.format("%06d", serial * 10 + position);
			cccd = citizenIds.protect(CitizenId.normalize(number).orElseThrow());
		}
		boolean consent = random.nextInt(100) < 70;
		if (age >= 15) {
			for (ReadinessItem item : ReadinessItem.values()) {
				if (item == ReadinessItem.DIGITAL_LITERACY) {
					continue;
				}
				boolean reached = item == ReadinessItem.FLUENT ? fluent : random.nextInt(100) < (fluent ? 80 : 35);
				if (reached) {
					readiness.add(new Object[] { id, item.name(), today.minusDays(10 + random.nextInt(500)) });
				}
			}
		}
		LocalDate certified = certificate(age, fluent);
		if (certified != null) {
			readiness.add(new Object[] { id, ReadinessItem.DIGITAL_LITERACY.name(), certified });
		}
		return new Object[] { id, household, name, SearchText.fold(name), birth, birth.getYear(), sex.name(), relation,
				phone, cccd == null ? null : cccd.cipher(), cccd == null ? null : cccd.hash(),
				consent ? java.sql.Timestamp.valueOf(today.minusDays(30).atStartOfDay()) : null, consent ? "PAPER" : null,
				consent ? "demo" : null };
	}
}
