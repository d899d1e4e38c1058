package vn.ngoso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.support.DemoUsers;
import vn.ngoso.support.IntegrationTest;

/**
 * The one way an API request names a unit: an official code in the tree in force on a day, or the
 * deprecated internal id, inside the caller's scope. The fixture is a hamlet code of the commune
 * of Tuyên Bình (27781) reused: one version closed by the 2025 reorganisation, a new unit open
 * since, both in the scope of the commune's officer ({@code xa}).
 */
@IntegrationTest
@Transactional
class UnitReferenceTest {

	static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

	@Autowired
	Territory territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	DemoUsers demo;

	String code;

	long closed;

	long open;

	long tuyenBinh;

	@BeforeEach
	void reusedCode() {
		demo = new DemoUsers(users);
		tuyenBinh = jdbc.sql("select id from admin_unit where code = '27781' and level = 3 and valid_to is null")
			.query(Long.class).single();
		code = "27781-9" + (10 + ThreadLocalRandom.current().nextInt(90));
		closed = hamlet("Ấp Cũ " + code, LocalDate.of(2020, 1, 1), REORGANISED.minusDays(1));
		open = hamlet("Ấp Mới " + code, REORGANISED, null);
	}

	private long hamlet(String name, LocalDate from, LocalDate to) {
		long id = jdbc.sql("select nextval('admin_unit_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code,
				                        valid_from, valid_to, source)
				select ?, ?, ?, lower(?), 'AP', 4, c.id, c.path || ?::text, c.province_code, ?, ?, 'LOCAL'
				from admin_unit c where c.id = ?
				""").params(id, code, name, name, String.valueOf(id), from, to, tuyenBinh).update();
		return id;
	}

	private AdminUnit find(UnitReference ref) {
		return demo.callAs("xa", () -> territory.find(ref)).orElseThrow();
	}

	@Test
	void aCodeIsTheUnitInForceToday() {
		assertThat(find(UnitReference.query(code, null, null)).id()).isEqualTo(open);
		assertThat(find(UnitReference.query("27781", null, null)).id()).isEqualTo(tuyenBinh);
		assertThat(find(UnitReference.body(" " + code + " ", null)).id()).isEqualTo(open);
	}

	@Test
	void aReusedCodeOnADayBeforeTheReorganisationIsTheClosedUnit() {
		assertThat(find(UnitReference.query(code, LocalDate.of(2024, 6, 1), null)).id()).isEqualTo(closed);
		assertThat(find(UnitReference.query(code, REORGANISED.minusDays(1), null)).id()).isEqualTo(closed);
		assertThat(find(UnitReference.query(code, REORGANISED, null)).id()).isEqualTo(open);
	}

	@Test
	void aCodeOnADayBeforeAnyVersionIsNotFound() {
		assertThatThrownBy(() -> find(UnitReference.query(code, LocalDate.of(2019, 1, 1), null)))
			.isInstanceOf(NotFound.class).extracting(e -> ((NotFound) e).messageKey()).isEqualTo("unit.notFound");
	}

	@Test
	void theDeprecatedIdNamesTheSameUnitAndMayComeWithTheCode() {
		assertThat(find(UnitReference.query(null, null, open)).id()).isEqualTo(open);
		assertThat(find(UnitReference.query(null, null, closed)).id()).isEqualTo(closed);
		assertThat(find(UnitReference.query(code, null, open)).id()).isEqualTo(open);
		assertThat(find(UnitReference.query(code, LocalDate.of(2024, 6, 1), closed)).id()).isEqualTo(closed);
		assertThat(find(UnitReference.body(code, open)).id()).isEqualTo(open);
	}

	@Test
	void aCodeAndAnIdNamingTwoUnitsIsRefusedNamingTheCodesField() {
		assertThatThrownBy(() -> find(UnitReference.query(code, null, closed))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("unit", "unit.reference.mismatch"));
		assertThatThrownBy(() -> find(UnitReference.body(code, tuyenBinh))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("unitCode",
					"unit.reference.mismatch"));
	}

	@Test
	void aCodeUnknownOrOutsideTheScopeIsNotFoundInAQueryAndAWrongFieldInABody() {
		String outside = jdbc.sql("""
				select code from admin_unit where level = 3 and valid_to is null
				  and not path <@ (select path from admin_unit where id = ?) order by id limit 1
				""").param(tuyenBinh).query(String.class).single();
		long outsideId = jdbc.sql("select id from admin_unit where code = ? and valid_to is null").param(outside)
			.query(Long.class).single();
		for (String unknown : new String[] { "00000", outside }) {
			assertThatThrownBy(() -> find(UnitReference.query(unknown, null, null))).isInstanceOf(NotFound.class);
			assertThatThrownBy(() -> find(UnitReference.body(unknown, null))).isInstanceOf(InvalidInput.class)
				.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("unitCode",
						"unit.reference.unknown"));
		}
		assertThatThrownBy(() -> find(UnitReference.query(null, null, outsideId))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> find(UnitReference.body(null, outsideId))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).firstKeyByField()).containsEntry("unitId",
					"unit.reference.unknown"));
		// for a command, a bare deprecated id goes to the module unchecked: it refuses it as before
		assertThat(demo.callAs("xa", () -> territory.idOf(UnitReference.body(null, outsideId)))).isEqualTo(outsideId);
		// an administrator sees the whole tree
		assertThat(demo.callAs("admin", () -> territory.find(UnitReference.query(outside, null, null))).orElseThrow()
			.id()).isEqualTo(outsideId);
	}

	@Test
	void aModulesRefusalOfTheUnitNamesTheFieldTheClientSent() {
		var refusal = InvalidInput.of("unitId", "x.unit.notHamlet");
		assertThat(UnitReference.body(code, null).inRequestTerms(refusal).firstKeyByField()).containsOnlyKeys("unitCode");
		assertThat(UnitReference.body(null, open).inRequestTerms(refusal).firstKeyByField()).containsOnlyKeys("unitId");
		assertThat(UnitReference.body(null, null).inRequestTerms(refusal).firstKeyByField()).containsOnlyKeys("unitCode");
	}

	@Test
	void nothingNamedIsNoUnit() {
		assertThat(demo.callAs("xa", () -> territory.find(UnitReference.query(" ", null, null)))).isEmpty();
		assertThat(demo.callAs("xa", () -> territory.idOf(UnitReference.body(null, null)))).isNull();
	}
}
