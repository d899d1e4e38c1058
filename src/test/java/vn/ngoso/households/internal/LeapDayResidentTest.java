package vn.ngoso.households.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.internal.FigureKey;
import vn.ngoso.figures.internal.FigureStore;
import vn.ngoso.households.Relation;
import vn.ngoso.households.Resident;
import vn.ngoso.support.HouseholdFixtures;
import vn.ngoso.support.IntegrationTest;
import vn.ngoso.teams.Sex;

/**
 * A resident born on 29 February 2008 is 14 on 27/02/2023 and 15 on 28/02/2023 (Civil Code,
 * Article 148), in the form's age and in the figures alike: people 15+, their items and covered
 * households count from 02/2023.
 */
@IntegrationTest
class LeapDayResidentTest {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate LEAPLING = LocalDate.of(2008, 2, 29);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	Figures figures;

	@Autowired
	FigureStore store;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theFormSaysFourteenOnThe27thAndFifteenOnThe28th() {
		var stored = new HouseholdRepository.StoredResident(UUID.randomUUID(), UUID.randomUUID(), "Trần Thị Nhuận", LEAPLING,
				2008, Sex.FEMALE, Relation.CHILD, null, null, null, null, null, false);
		Resident on27th = views(LocalDate.of(2023, 2, 27)).view(stored, Map.of(), false);
		Resident on28th = views(LocalDate.of(2023, 2, 28)).view(stored, Map.of(), false);
		assertThat(on27th.age()).isEqualTo(14);
		assertThat(on27th.hasProfile()).as("no profile before 15").isFalse();
		assertThat(on28th.age()).isEqualTo(15);
		assertThat(on28th.hasProfile()).isTrue();
	}

	@Test
	void theFiguresCountHerFromFebruary2023() throws Exception {
		HouseholdFixtures fx = new HouseholdFixtures(mvc, jdbc);
		UUID household = fx.newHouseholdInCaBan();
		UUID resident = UUID.fromString(fx.addResident(household,
				HouseholdFixtures.resident("Trần Thị Nhuận", LEAPLING, "FEMALE", "HEAD", null, null)).get("id").asString());
		// A register kept since 2022, and an item recorded then: they count from her 15th birthday.
		transaction.executeWithoutResult(status -> figures.change(FigureScope.household(household), () -> {
			jdbc.sql("update household set registered_on = date '2022-06-15' where id = ?").param(household).update();
			jdbc.sql("update resident set registered_on = date '2022-06-15' where id = ?").param(resident).update();
			jdbc.sql("insert into readiness (province_code, resident_id, item, since, recorded_by)"
					+ " select province_code, id, 'FLUENT', date '2022-09-01', 'xa' from resident where id = ?")
				.param(resident).update();
		}));

		long hamlet = jdbc.sql("select unit_id from household where id = ?").param(household).query(Long.class).single();
		Map<FigureKey, Long> made = store.contributions(FigureScope.household(household));
		LocalDate february = LocalDate.of(2023, 2, 1);
		assertThat(made).containsEntry(new FigureKey(hamlet, "RESIDENTS_15", february), 1L)
			.containsEntry(new FigureKey(hamlet, "READY_FLUENT", february), 1L)
			.containsEntry(new FigureKey(hamlet, "COVERED_HOUSEHOLDS", february), 1L)
			.containsEntry(new FigureKey(hamlet, "HOUSEHOLDS", LocalDate.of(2022, 6, 1)), 1L);
		assertThat(made.keySet()).filteredOn(k -> k.indicator().equals("RESIDENTS_15")).hasSize(1);
		assertThat(jdbc.sql("select covered_from from household where id = ?").param(household).query(LocalDate.class)
			.single()).as("the stored month, by the same rule").isEqualTo(february);
		assertThat(fx.household("xa", household).get("household").get("coveredFrom").asString()).isEqualTo("2023-02-01");
	}

	private ResidentViews views(LocalDate day) {
		return new ResidentViews(cipher, Clock.fixed(day.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
	}
}
