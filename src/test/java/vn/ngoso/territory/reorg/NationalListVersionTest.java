package vn.ngoso.territory.reorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.ScopedPrincipal;
import vn.ngoso.territory.ReorganisationApplied;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.Reorganisations;
import vn.ngoso.territory.ShippedPlan;

/**
 * A new version of the national list after 2025, loaded through the reorganisation machinery
 * with its units file in the national list's own format. On the database without demo data
 * (shared with {@code NoDemoDataTest}); each test rolls back what it applied.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-nodemo", "ngoso.demo=false" })
@ActiveProfiles("test")
class NationalListVersionTest {

	static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	static final String HEADER = "level,code,full_name,name,type,province_code,province_full_name\n";

	@Autowired
	Reorganisations reorganisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	record Admin(Scope scope) implements ScopedPrincipal, java.security.Principal {

		@Override
		public String getName() {
			return scope.username();
		}
	}

	private <T> T asAdminRolledBack(Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(new Admin(new Scope("admin", Role.ADMIN, null, null, null, null)), null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return tx.execute(status -> {
				status.setRollbackOnly();
				return work.get();
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private long openId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null").param(code).query(Long.class).single();
	}

	/** Đồng Nai's communes as the shipped national list has them. */
	private static List<String> dongNaiCommunes() {
		return new String(ShippedPlan.read("official-lists/units-2025.csv"), StandardCharsets.UTF_8).lines()
			.filter(l -> l.startsWith("commune,") && l.endsWith(",75,Tỉnh Đồng Nai")).toList();
	}

	@Test
	void twoCommunesMergedInANationalFormatPlanCloseAndTheProvinceStaysAsItIs() {
		long province = openId("75");
		ReorganisationPlan plan = new ReorganisationPlan(utf8(HEADER + """
				province,75,Tỉnh Đồng Nai,Đồng Nai,tỉnh,,
				commune,25195,Phường Bình Phước,Bình Phước,phường,75,Tỉnh Đồng Nai
				"""), utf8("old_code,new_code,kind\n25195,25195,full\n25210,25195,full\n"), new byte[0], DAY);
		asAdminRolledBack(() -> {
			ReorganisationPreview preview = reorganisations.preview(plan);
			assertThat(preview.problems()).isEmpty();
			assertThat(preview.opened()).as("the province is in force already and unchanged: it opens nothing")
				.extracting(ReorganisationPreview.UnitLine::code).containsExactly("25195");
			assertThat(preview.closed()).extracting(ReorganisationPreview.UnitLine::code)
				.containsExactlyInAnyOrder("25195", "25210");

			reorganisations.apply(plan);

			assertThat(openId("75")).isEqualTo(province);
			assertThat(count("select count(*) from admin_unit where parent_id = ? and valid_to is null", province))
				.isEqualTo(dongNaiCommunes().size() - 1);
			assertThat(jdbc.sql("select name || '/' || valid_from from admin_unit where code = '25195' and valid_to is null")
				.query(String.class).single()).isEqualTo("Phường Bình Phước/2026-07-01");
			assertThat(jdbc.sql("select valid_to from admin_unit where code = '25210'").query(LocalDate.class).single())
				.isEqualTo(DAY.minusDays(1));
			assertThat(count("select count(*) from unit_lineage")).isEqualTo(2);
			return null;
		});
	}

	/**
	 * Tỉnh Đồng Nai became Thành phố Đồng Nai, code 75 kept. A unit in force cannot be renamed in
	 * place: the new version of the province is opened and every commune mapped to its own new
	 * version (same code), so the old province closes with all of them and history is kept.
	 */
	@Test
	void aProvinceBecomingACityIsANewVersionOfTheProvinceWithEveryCommuneMappedToItself() {
		List<String> communes = dongNaiCommunes().stream().map(l -> l.replace(",75,Tỉnh Đồng Nai", ",75,Thành phố Đồng Nai"))
			.toList();
		String units = HEADER + "province,75,Thành phố Đồng Nai,Đồng Nai,thành phố trực thuộc trung ương,,\n"
				+ String.join("\n", communes) + "\n";
		String mapping = "old_code,new_code,kind\n" + communes.stream().map(l -> l.split(",")[1])
			.map(code -> code + "," + code + ",full").collect(Collectors.joining("\n")) + "\n";
		long oldProvince = openId("75");
		asAdminRolledBack(() -> {
			ReorganisationApplied applied = reorganisations.apply(new ReorganisationPlan(utf8(units), utf8(mapping),
					new byte[0], DAY));
			assertThat(applied.preview().closed()).hasSize(communes.size() + 1);
			long city = openId("75");
			assertThat(city).isNotEqualTo(oldProvince);
			assertThat(jdbc.sql("select name || '/' || type from admin_unit where id = ?").param(city).query(String.class)
				.single()).isEqualTo("Thành phố Đồng Nai/THANH_PHO_TW");
			assertThat(count("select count(*) from admin_unit where parent_id = ? and valid_to is null", city))
				.isEqualTo(communes.size());
			assertThat(count("select count(*) from admin_unit where parent_id = ? and valid_to is null", oldProvince)).isZero();
			assertThat(jdbc.sql("select valid_to from admin_unit where id = ?").param(oldProvince).query(LocalDate.class)
				.single()).isEqualTo(DAY.minusDays(1));
			assertThat(count("select count(*) from unit_lineage where kind = 'FULL'")).isEqualTo(communes.size());
			return null;
		});
	}

	@Test
	void renamingAProvinceWithoutMovingItsCommunesIsRefusedAndNamed() {
		ReorganisationPlan plan = new ReorganisationPlan(utf8(HEADER + """
				province,75,Thành phố Đồng Nai,Đồng Nai,thành phố trực thuộc trung ương,,
				commune,25195,Phường Bình Phước,Bình Phước,phường,75,Thành phố Đồng Nai
				"""), utf8("old_code,new_code,kind\n25210,25195,full\n"), new byte[0], DAY);
		ReorganisationPreview preview = asAdminRolledBack(() -> reorganisations.preview(plan));
		assertThat(preview.problems()).extracting(p -> p.field() + ":" + p.messageKey() + ":" + p.args()[0])
			.containsExactly("units:reorg.units.changedOpen:2");
	}

	@Test
	void aBrokenNationalRowIsNamedByItsLine() {
		ReorganisationPlan plan = new ReorganisationPlan(utf8(HEADER + """
				commune,75,Tỉnh Đồng Nai,Đồng Nai,tỉnh,,
				commune,25195,Phường Bình Phước,Bình Phước,phường,,
				"""), utf8("old_code,new_code,kind\n25210,25195,full\n"), new byte[0], DAY);
		ReorganisationPreview preview = asAdminRolledBack(() -> reorganisations.preview(plan));
		assertThat(preview.problems()).extracting(p -> p.field() + ":" + p.messageKey())
			.contains("units:reorg.units.badNationalRow");
	}
}
