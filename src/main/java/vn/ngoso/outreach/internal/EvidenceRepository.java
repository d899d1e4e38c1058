package vn.ngoso.outreach.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.outreach.Evidence;

@Repository
public class EvidenceRepository {

	private static final String COLUMNS = "id, visit_id, unit_path::text, kind, bytes, width, height, recorded_by, recorded_at";

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Evidence e) {
		jdbc.sql("""
				insert into visit_evidence (id, province_code, visit_id, unit_path, kind, bytes, width, height, recorded_by,
				                            recorded_at)
				select ?, v.province_code, v.id, ?::ltree, ?, ?, ?, ?, ?, ? from visit v where v.id = ?
				""").params(e.id(), e.unitPath(), e.kind().name(), e.bytes(), e.width(), e.height(),
				e.recordedBy(), java.sql.Timestamp.from(e.recordedAt()), e.visitId()).update();
	}

	public Optional<Evidence> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from visit_evidence where id = ?").param(id).query(this::row).optional();
	}

	public List<Evidence> ofVisit(UUID visitId) {
		return jdbc.sql("select " + COLUMNS + " from visit_evidence where visit_id = ? order by recorded_at, id")
			.param(visitId).query(this::row).list();
	}

	/** The photos of a household's visits. */
	public List<Evidence> ofHousehold(UUID householdId) {
		return jdbc.sql("""
				select e.id, e.visit_id, e.unit_path::text, e.kind, e.bytes, e.width, e.height, e.recorded_by, e.recorded_at
				from visit_evidence e join visit v on v.id = e.visit_id
				where v.household_id = ? order by e.recorded_at, e.id
				""").param(householdId).query(this::row).list();
	}

	/** Where a visit counts: its household and its hamlet's path. */
	public record VisitPlace(UUID householdId, String unitPath) {
	}

	public Optional<VisitPlace> placeOf(UUID visitId) {
		return jdbc.sql("select household_id, unit_path::text from visit where id = ?").param(visitId)
			.query((rs, n) -> new VisitPlace(rs.getObject(1, UUID.class), rs.getString(2))).optional();
	}

	private Evidence row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Evidence(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				Evidence.Kind.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
				rs.getTimestamp(9).toInstant());
	}
}
