package vn.ngoso.imports.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import vn.ngoso.imports.HouseholdImports;
import vn.ngoso.imports.ImportJob;
import vn.ngoso.support.IntegrationTest;

/**
 * A throwaway measurement, not part of the suite: writes a 500,000-row CSV for the six hamlets
 * of xã Tuyên Bình, imports it twice as the commune officer and prints time and peak heap. Run
 * alone, in a JVM limited to 512 MB:
 * {@code ./mvnw test -Dtest=LargeImportTrial -Dngoso.largeImport=true -DargLine=-Xmx512m}
 */
@IntegrationTest
@TestPropertySource(properties = "ngoso.imports.batch-households=2000")
@EnabledIfSystemProperty(named = "ngoso.largeImport", matches = "true")
class LargeImportTrial {

	static final int ROWS = Integer.getInteger("ngoso.largeImport.rows", 500_000);

	private static final String[] HAMLETS = { "Ấp Cả Bản", "Ấp 2", "Ấp 3", "Ấp 4", "Ấp 5", "Ấp 6" };

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi" };

	private static final String[] GIVEN = { "Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Hữu Đức", "Ngọc Hà", "Quốc Huy",
			"Thị Lan", "Thanh Long", "Thị Mai", "Văn Nam", "Thị Oanh" };

	private static final String[] RELATIONS = { "Chủ hộ", "Vợ/Chồng", "Con", "Con", "Cha/Mẹ", "Cháu" };

	@Autowired
	HouseholdImports imports;

	@Autowired
	UserDetailsService users;

	@Test
	void importHalfAMillionRows() throws Exception {
		Path csv = Files.createTempFile("ngoso-large-", ".csv");
		try {
			write(csv);
			UserDetails xa = users.loadUserByUsername("xa");
			SecurityContextHolder.getContext()
				.setAuthentication(new UsernamePasswordAuthenticationToken(xa, null, xa.getAuthorities()));
			System.out.printf("file: %,d rows, %,d bytes%n", ROWS, Files.size(csv));
			ImportJob first = timed(csv, "first import");
			assertThat(first.rowsValid()).isEqualTo(ROWS);
			ImportJob second = timed(csv, "same file again");
			assertThat(second.householdsUnchanged()).isEqualTo(first.householdsCreated());
		}
		finally {
			Files.deleteIfExists(csv);
			SecurityContextHolder.clearContext();
		}
	}

	private ImportJob timed(Path csv, String label) throws Exception {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP).toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		ImportJob job;
		try (InputStream in = Files.newInputStream(csv)) {
			job = imports.start("large.csv", in);
		}
		long maxUsedSampled = 0;
		while (job.running()) {
			Thread.sleep(50);
			maxUsedSampled = Math.max(maxUsedSampled, heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum());
			job = imports.job(job.id());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peakOfPools = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("%s: %s in %.1f s (%,.0f rows/s); households created %,d, updated %,d, unchanged %,d; "
				+ "heap: max %d MB, highest sampled use %d MB, sum of pool peaks %d MB%n", label, job.status(), seconds,
				ROWS / seconds, job.householdsCreated(), job.householdsUpdated(), job.householdsUnchanged(),
				Runtime.getRuntime().maxMemory() >> 20, maxUsedSampled >> 20, peakOfPools >> 20);
		return job;
	}

	/** About 3.5 residents per household, a CCCD for 60% of them, a phone for half. */
	private static void write(Path csv) throws Exception {
		Random random = new Random(42);
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("Mã xã,Ấp/khu phố,Mã hộ,Địa chỉ,Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,Số điện thoại,Số CCCD\n");
			int row = 0;
			int household = 0;
			while (row < ROWS) {
				household++;
				String hamlet = HAMLETS[household % HAMLETS.length];
				String address = "\"Số " + household + ", Tổ " + (household % 12 + 1) + "\"";
				int size = Math.min(2 + random.nextInt(4), ROWS - row);
				for (int p = 0; p < size; p++) {
					row++;
					int year = p < 2 ? 1950 + random.nextInt(40) : 1990 + random.nextInt(30);
					String birth = random.nextBoolean() ? String.valueOf(year)
							: String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
					String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)] + " "
							+ (char) ('A' + p);
					String phone = random.nextBoolean() ? String.format("09%08d", row) : "";
					String cccd = random.nextInt(10) < 6 ? String.format("079%09d", row) : "";
					out.write("27781," + hamlet + ",BIG" + household + "," + address + "," + name + "," + birth + ","
							+ (p % 2 == 0 ? "Nam" : "Nữ") + "," + RELATIONS[Math.min(p, RELATIONS.length - 1)] + "," + phone
							+ "," + cccd + "\n");
				}
			}
		}
	}
}
