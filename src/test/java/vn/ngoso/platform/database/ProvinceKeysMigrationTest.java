package vn.ngoso.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.ngoso.support.IntegrationTest;

/**
 * The province-code keys (V135–V139) on a database that already holds records, as every deployed
 * one does: a database of its own is migrated to V134, given a household in each of two provinces
 * with a row in every table the migration re-keys, then migrated to the end. Nothing is lost, and
 * every row takes its household's province code.
 */
@IntegrationTest
class ProvinceKeysMigrationTest {

	private static final String DATABASE = "ngoso_province_keys";

	/** Every table V135–V139 touches, as it stood at V134. */
	private static final String BEFORE = """
			insert into admin_unit (id, code, name, name_folded, type, level, parent_id, path, province_code, valid_from, source)
			values (1, '80', 'Tỉnh Long An', 'tinh long an', 'TINH', 1, null, '1', '80', '2024-11-01', 'T'),
			       (2, '794', 'Huyện Đức Hòa', 'huyen duc hoa', 'HUYEN', 2, 1, '1.2', '80', '2024-11-01', 'T'),
			       (3, '27781', 'Xã Tuyên Bình', 'xa tuyen binh', 'XA', 3, 2, '1.2.3', '80', '2024-11-01', 'T'),
			       (4, '27781-001', 'Ấp Cả Bản', 'ap ca ban', 'AP', 4, 3, '1.2.3.4', '80', '2024-11-01', 'LOCAL'),
			       (5, '72', 'Tỉnh Tây Ninh', 'tinh tay ninh', 'TINH', 1, null, '5', '72', '2025-07-01', 'T'),
			       (6, '25000', 'Xã Một', 'xa mot', 'XA', 3, 5, '5.6', '72', '2025-07-01', 'T'),
			       (7, '25000-001', 'Ấp Một', 'ap mot', 'AP', 4, 6, '5.6.7', '72', '2025-07-01', 'LOCAL');
			insert into team (id, unit_id, unit_path, province_code, name, name_folded, decision_no, decision_date)
			values (1, 4, '1.2.3.4', '80', 'Tổ Cả Bản', 'to ca ban', '1/QĐ', '2023-01-01');
			insert into member (id, team_id, full_name, name_folded, birth_date, sex, phone, role, joined_on)
			values (1, 1, 'Nguyễn Văn An', 'nguyen van an', '2000-01-01', 'MALE', '0912345678', 'LEADER', '2023-01-01');
			insert into household (id, unit_id, commune_id, unit_path, province_code, code, address)
			values ('00000000-0000-0000-0000-00000000a001', 4, 3, '1.2.3.4', '80', 'H1', 'Ấp Cả Bản'),
			       ('00000000-0000-0000-0000-00000000a002', 7, 6, '5.6.7', '72', 'H1', 'Ấp Một');
			insert into resident (id, household_id, full_name, name_folded, birth_year, sex, relation)
			values ('00000000-0000-0000-0000-00000000b001', '00000000-0000-0000-0000-00000000a001', 'Lê Văn Bình',
			        'le van binh', 1980, 'MALE', 'HEAD'),
			       ('00000000-0000-0000-0000-00000000b002', '00000000-0000-0000-0000-00000000a002', 'Trần Thị Cúc',
			        'tran thi cuc', 1985, 'FEMALE', 'HEAD');
			insert into readiness (resident_id, item, since, recorded_by)
			values ('00000000-0000-0000-0000-00000000b001', 'FLUENT', '2024-03-01', 'xa'),
			       ('00000000-0000-0000-0000-00000000b002', 'FLUENT', '2025-08-01', 'xa');
			insert into readiness_event (resident_id, item, on_date, recorded_by)
			select resident_id, item, since, recorded_by from readiness;
			insert into resident_edit (id, resident_id, household_id, field, value, edited_at, recorded_by, outcome)
			values ('00000000-0000-0000-0000-00000000c001', '00000000-0000-0000-0000-00000000b002',
			        '00000000-0000-0000-0000-00000000a002', 'PHONE', '0987654321', now(), 'xa', 'APPLIED');
			insert into household_move (household_id, from_unit_id, to_unit_id, moved_on, moved_by)
			values ('00000000-0000-0000-0000-00000000a001', 4, 4, '2024-02-01', 'xa');
			insert into visit (id, household_id, unit_id, unit_path, team_id, province_code, visited_on, recorded_by)
			values ('00000000-0000-0000-0000-00000000d001', '00000000-0000-0000-0000-00000000a001', 4, '1.2.3.4', 1, '80',
			        '2024-03-01', 'xa');
			insert into visit_member (visit_id, member_id) values ('00000000-0000-0000-0000-00000000d001', 1);
			insert into visit_outcome (visit_id, resident_id, item)
			values ('00000000-0000-0000-0000-00000000d001', '00000000-0000-0000-0000-00000000b001', 'FLUENT');
			insert into visit_evidence (id, visit_id, unit_path, kind, bytes, width, height, recorded_by)
			values ('00000000-0000-0000-0000-00000000e001', '00000000-0000-0000-0000-00000000d001', '1.2.3.4', 'CONSENT',
			        1, 1200, 1600, 'xa');
			insert into outreach_session (id, unit_id, unit_path, province_code, held_on, place, topics, attendees, leaflets,
			                              recorded_by)
			values ('00000000-0000-0000-0000-00000000f001', 4, '1.2.3.4', '80', '2024-03-02', 'Nhà văn hóa', '{VNEID}', 5, 0, 'xa');
			insert into outreach_session_attendee (session_id, resident_id)
			values ('00000000-0000-0000-0000-00000000f001', '00000000-0000-0000-0000-00000000b001');
			insert into verification_sample (id, unit_id, unit_path, month, seed, share, minimum, drawn_by)
			values (1, 3, '1.2.3', '2024-03-01', 1, 10, 1, 'xa');
			insert into verification_item (sample_id, visit_id, team_id) values (1, '00000000-0000-0000-0000-00000000d001', 1);
			insert into data_flag (day, kind, subject, unit_id, unit_path, reason, household_id, computed_at)
			values ('2024-03-01', 'VISITS_DAY', 'member:1', 4, '1.2.3.4', 'thử', '00000000-0000-0000-0000-00000000a001', now());
			insert into figure_row (unit_id, indicator, month, value)
			values (4, 'VISITS', '2024-03-01', 1), (7, 'HOUSEHOLDS', '2025-08-01', 1);
			insert into figure_delta (unit_id, indicator, month, value) values (1, 'VISITS', '2024-03-01', 1);
			""";

	private static final List<String> TABLES = List.of("household", "resident", "readiness", "readiness_event",
			"resident_edit", "household_move", "visit", "visit_member", "visit_outcome", "visit_evidence",
			"outreach_session_attendee", "verification_item", "data_flag", "change_log", "figure_row", "figure_delta");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@AfterEach
	void dropTheDatabase() {
		jdbc.sql("drop database if exists " + DATABASE + " with (force)").update();
	}

	@Test
	void aDatabaseWithRecordsTakesTheKeysAndLosesNothing() throws SQLException {
		jdbc.sql("drop database if exists " + DATABASE + " with (force)").update();
		jdbc.sql("create database " + DATABASE).update();
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
		try (Connection connection = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword())) {
			var single = new SingleConnectionDataSource(connection, true);
			flyway(single, "134").migrate();
			try (Statement sql = connection.createStatement()) {
				sql.execute(BEFORE);
			}
			JdbcClient db = JdbcClient.create(single);
			Map<String, Long> before = counts(db);

			flyway(single, "latest").migrate();

			assertThat(counts(db)).as("every row kept").isEqualTo(before);
			assertThat(before.values()).as("a row in every table").allMatch(n -> n > 0);
			for (String table : TABLES.stream().filter(t -> !t.equals("data_flag")).toList()) {
				assertThat(db.sql("select count(*) from " + table + " where province_code is null").query(Long.class)
					.single()).as("%s rows without a province code", table).isZero();
			}
			assertThat(db.sql("select province_code from resident where id = '00000000-0000-0000-0000-00000000b002'")
				.query(String.class).single()).as("the household's province, not the first one").isEqualTo("72");
			assertThat(db.sql("""
					select distinct province_code from (
					    select province_code from readiness where resident_id = '00000000-0000-0000-0000-00000000b002'
					    union all select province_code from readiness_event where resident_id = '00000000-0000-0000-0000-00000000b002'
					    union all select province_code from resident_edit
					    union all select province_code from change_log where household_id = '00000000-0000-0000-0000-00000000a002') c
					""").query(String.class).list()).as("rows of the Tây Ninh household").containsExactly("72");
			assertThat(db.sql("""
					select distinct province_code from (
					    select province_code from visit_member union all select province_code from visit_outcome
					    union all select province_code from visit_evidence union all select province_code from verification_item
					    union all select province_code from outreach_session_attendee union all select province_code from household_move
					    union all select province_code from figure_delta) c
					""").query(String.class).list()).containsExactly("80");
			assertThat(db.sql("select unit_id || ':' || province_code from figure_row order by unit_id").query(String.class)
				.list()).containsExactly("4:80", "7:72");
			assertThat(db.sql("select household_id::text from data_flag").query(String.class).single())
				.as("the flag still names its household").isEqualTo("00000000-0000-0000-0000-00000000a001");
		}
	}

	private Flyway flyway(DataSource target, String version) {
		return Flyway.configure().dataSource(target).outOfOrder(true).target(version)
			.locations(environment.getRequiredProperty("spring.flyway.locations").split(","))
			.load();
	}

	private static Map<String, Long> counts(JdbcClient db) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, db.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}
}
