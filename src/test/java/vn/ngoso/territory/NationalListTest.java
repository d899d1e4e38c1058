package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.territory.internal.OfficialLists;

/**
 * The national list of 1 July 2025 on a database of its own without demo data (the same
 * configuration as {@code NoDemoDataTest}, so one context serves both).
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-nodemo", "ngoso.demo=false" })
@ActiveProfiles("test")
class NationalListTest {

	static final String DAY = "date '2025-07-01'";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficialLists lists;

	@Autowired
	TransactionTemplate tx;

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	@Test
	void thirtyFourProvincesAndThreeThousandThreeHundredTwentyOneCommunesAreOpenFromFirstJuly2025() {
		assertThat(count("select count(*) from admin_unit where level = 1 and valid_to is null and valid_from = " + DAY))
			.isEqualTo(34);
		assertThat(count("select count(*) from admin_unit where level = 3 and valid_to is null and valid_from = " + DAY))
			.isEqualTo(3321);
		assertThat(count("select count(*) from admin_unit where level = 3 and nlevel(path) = 2 and valid_from = " + DAY))
			.as("every commune hangs directly under its province").isEqualTo(3321);
		assertThat(count("""
				select count(*) from admin_unit c join admin_unit p on p.id = c.parent_id
				where c.valid_from = date '2025-07-01' and c.province_code <> p.code
				""")).isZero();
		assertThat(count("select count(*) from admin_unit where level = 2 and valid_from = " + DAY)).isZero();
	}

	@Test
	void tayNinhHasTheNinetySixCommunesOfTheShippedTayNinhList() {
		List<String> codes = jdbc.sql("""
				select c.code from admin_unit c join admin_unit p on p.id = c.parent_id
				where p.code = '80' and p.valid_from = date '2025-07-01' and c.level = 3 order by c.code
				""").query(String.class).list();
		Set<String> shipped = new String(ShippedPlan.read(ShippedPlan.UNITS), java.nio.charset.StandardCharsets.UTF_8)
			.lines().skip(2).map(l -> l.split(",")[0]).collect(Collectors.toSet());
		assertThat(codes).hasSize(96).containsExactlyInAnyOrderElementsOf(shipped);
	}

	@Test
	void theTwoXaTuyenBinhAreTwoUnitsOfDifferentProvincesFoundByCode() {
		List<String> found = jdbc.sql("""
				select code || '/' || province_code from admin_unit
				where name = 'Xã Tuyên Bình' and valid_from = date '2025-07-01' order by code
				""").query(String.class).list();
		assertThat(found).containsExactly("18991/44", "27775/80");
	}

	@Test
	void specialZonesAndCentrallyRunCitiesKeepTheirTypes() {
		assertThat(count("select count(*) from admin_unit where type = 'DAC_KHU' and level = 3")).isEqualTo(13);
		assertThat(count("select count(*) from admin_unit where type = 'THANH_PHO_TW' and level = 1")).isEqualTo(6);
		assertThat(jdbc.sql("select type from admin_unit where code = '01' and valid_from = " + DAY)
			.query(String.class).single()).isEqualTo("THANH_PHO_TW");
		assertThat(UnitType.parse("đặc khu")).contains(UnitType.DAC_KHU);
		assertThat(UnitType.parse("thành phố trực thuộc trung ương")).contains(UnitType.THANH_PHO_TW);
		assertThat(UnitType.parse("Thành phố")).contains(UnitType.THANH_PHO);
	}

	/**
	 * A deployment made before the national list shipped has the Tây Ninh list of the same day:
	 * the national list reuses its 97 units and adds the other 3,258, once.
	 */
	@Test
	void aDatabaseWithOnlyTheTayNinhListGetsTheNationalListAddedWithoutDuplicates() {
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("delete from admin_unit where source = ?").param(OfficialLists.VIETNAM_2025.name()).update();
			jdbc.sql("delete from official_list where name = ?").param(OfficialLists.VIETNAM_2025.name()).update();
			lists.load(OfficialLists.TAY_NINH_2025);
			long tayNinhProvince = jdbc.sql("select id from admin_unit where code = '80' and valid_from = " + DAY)
				.query(Long.class).single();
			assertThat(count("select count(*) from admin_unit where valid_from = " + DAY)).isEqualTo(97);

			lists.load(OfficialLists.VIETNAM_2025);
			lists.load(OfficialLists.VIETNAM_2025);

			assertThat(count("select count(*) from admin_unit where valid_from = " + DAY)).isEqualTo(34 + 3321);
			assertThat(count("select count(distinct code) from admin_unit where valid_from = " + DAY)).isEqualTo(3355);
			assertThat(count("select count(*) from admin_unit where source = 'GSO-TAY-NINH-2025-07-01'")).isEqualTo(97);
			assertThat(jdbc.sql("select id from admin_unit where code = '80' and valid_from = " + DAY).query(Long.class)
				.single()).as("the Tây Ninh province is the one of the older list").isEqualTo(tayNinhProvince);
			assertThat(count("select count(*) from admin_unit where parent_id = " + tayNinhProvince)).isEqualTo(96);
			assertThat(count("""
					select count(*) from admin_unit c join admin_unit p on p.id = c.parent_id
					where c.path <> p.path || c.id::text
					""")).isZero();
			assertThat(count("select count(*) from official_list where name like 'GSO-%-2025-07-01'")).isEqualTo(2);
		});
	}
}
