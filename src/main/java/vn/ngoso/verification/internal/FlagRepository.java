package vn.ngoso.verification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.platform.Page;
import vn.ngoso.verification.DataFlag;
import vn.ngoso.verification.FlagKind;
import vn.ngoso.verification.FlagReview;
import vn.ngoso.verification.FlagRule;

/** Reads the flags under a unit's path, records their reviews and keeps the thresholds. */
@Repository
public class FlagRepository {

	private static final String COLUMNS = """
			select f.id, f.day, f.kind, f.unit_id, u.name as unit_name, f.reason, f.member_id, f.team_id,
			       f.household_id, f.visit_ids, f.review, f.reviewed_by, f.reviewed_at, f.unit_path::text as path
			from data_flag f join admin_unit u on u.id = f.unit_id
			""";

	private final JdbcClient jdbc;

	FlagRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The flags under the path, newest day first, unreviewed before reviewed. */
	public Page<DataFlag> under(String path, @Nullable FlagKind kind, int page, int size) {
		String where = " where f.unit_path <@ cast(:path as ltree) and (cast(:kind as text) is null or f.kind = :kind)";
		long total = jdbc.sql("select count(*) from data_flag f" + where).param("path", path)
			.param("kind", kind == null ? null : kind.name()).query(Long.class).single();
		List<DataFlag> items = jdbc.sql(COLUMNS + where + " order by f.day desc, f.review nulls first, f.kind, f.id"
				+ " limit :size offset :offset")
			.param("path", path).param("kind", kind == null ? null : kind.name())
			.param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> flag(rs)).list();
		return new Page<>(items, page, size, total);
	}

	/** A flag with its unit's path, for the scope check. */
	public Optional<Located> find(long id) {
		return jdbc.sql(COLUMNS + " where f.id = :id").param("id", id)
			.query((rs, n) -> new Located(flag(rs), rs.getString("path"))).optional();
	}

	public void review(long id, FlagReview review, String by, OffsetDateTime at) {
		jdbc.sql("update data_flag set review = :review, reviewed_by = :by, reviewed_at = :at where id = :id")
			.param("review", review.name()).param("by", by).param("at", at).param("id", id).update();
	}

	public List<FlagRule> rules() {
		return jdbc.sql("select kind, threshold, window_days, enabled from flag_rule")
			.query((rs, n) -> new FlagRule(FlagKind.valueOf(rs.getString("kind")), rs.getInt("threshold"),
					(Integer) rs.getObject("window_days"), rs.getBoolean("enabled")))
			.list()
			.stream()
			.sorted((a, b) -> a.kind().compareTo(b.kind()))
			.toList();
	}

	public void saveRule(FlagRule rule, String by) {
		jdbc.sql("""
				update flag_rule set threshold = :threshold, window_days = :window, enabled = :enabled,
				                     changed_by = :by, changed_at = now()
				where kind = :kind""")
			.param("threshold", rule.threshold()).param("window", rule.windowDays()).param("enabled", rule.enabled())
			.param("by", by).param("kind", rule.kind().name()).update();
	}

	/** A flag and the path of the hamlet it counts at. */
	public record Located(DataFlag flag, String path) {
	}

	private static DataFlag flag(ResultSet rs) throws SQLException {
		String review = rs.getString("review");
		OffsetDateTime reviewedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
		return new DataFlag(rs.getLong("id"), rs.getObject("day", java.time.LocalDate.class),
				FlagKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"), rs.getString("unit_name"),
				rs.getString("reason"), (Long) rs.getObject("member_id"), (Long) rs.getObject("team_id"),
				rs.getObject("household_id", UUID.class), uuids(rs.getArray("visit_ids")),
				review == null ? null : FlagReview.valueOf(review), rs.getString("reviewed_by"),
				reviewedAt == null ? null : reviewedAt.toInstant());
	}

	private static List<UUID> uuids(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}
}
