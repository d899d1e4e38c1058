package vn.ngoso.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngoso.partners.Partner;
import vn.ngoso.partners.PartnerKind;
import vn.ngoso.partners.Support;
import vn.ngoso.partners.SupportKind;
import vn.ngoso.platform.SearchText;
import vn.ngoso.territory.AdminUnit;

@Repository
public class PartnerRepository {

	/** A partner as stored, the contact's phone in full; the service masks it for the caller. */
	public record Stored(UUID id, String name, PartnerKind kind, @Nullable String contactName,
			@Nullable String contactPhone, @Nullable String contactEmail, List<Partner.CoveredUnit> units) {
	}

	private final JdbcClient jdbc;

	PartnerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Partners covering a unit inside the subtree or above it (all for null), by name. */
	public List<Stored> overlapping(@Nullable String path) {
		return jdbc.sql("""
				select p.* from partner p where cast(:path as ltree) is null or exists (
				    select 1 from partner_unit u where u.partner_id = p.id
				    and (u.unit_path <@ cast(:path as ltree) or cast(:path as ltree) <@ u.unit_path))
				order by p.name_folded
				""").param("path", path).query((rs, n) -> map(rs)).list();
	}

	public Optional<Stored> find(UUID id) {
		return jdbc.sql("select * from partner where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	public Optional<UUID> partnerOfUser(String username) {
		return jdbc.sql("select a.partner_id from partner_account a join app_user u on u.id = a.user_id where u.username = ?")
			.param(username).query(UUID.class).optional();
	}

	public void linkAccount(long userId, UUID partnerId) {
		jdbc.sql("insert into partner_account (user_id, partner_id) values (?, ?)").params(userId, partnerId).update();
	}

	public void insert(UUID id, PartnerRules.ValidPartner p, String by) {
		jdbc.sql("""
				insert into partner (id, name, name_folded, kind, contact_name, contact_phone, contact_email, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, p.name(), SearchText.fold(p.name()), p.kind().name(), p.contactName(), p.contactPhone(),
				p.contactEmail(), by).update();
		for (AdminUnit unit : p.units()) {
			jdbc.sql("insert into partner_unit (partner_id, unit_id, unit_path) values (?, ?, cast(? as ltree))")
				.params(id, unit.id(), unit.path()).update();
		}
	}

	public boolean supportExists(UUID id) {
		return jdbc.sql("select exists(select 1 from partner_support where id = ?)").param(id).query(Boolean.class).single();
	}

	public void insertSupport(UUID partnerId, PartnerRules.ValidSupport s, String by) {
		jdbc.sql("""
				insert into partner_support (id, partner_id, kind, on_date, unit_id, unit_path, province_code, quantity,
				                             session_id, desk_day_id, note, created_by)
				values (?, ?, ?, ?, ?, cast(? as ltree), ?, ?, ?, ?, ?, ?)
				""").params(s.id(), partnerId, s.kind().name(), s.date(), s.unit().id(), s.unit().path(),
				s.unit().provinceCode(), s.quantity(), s.sessionId(), s.deskDayId(), s.note(), by).update();
	}

	/**
	 * Support entries with the date and place of the session or desk day they went to (tables of
	 * the outreach module, bound to these rows by foreign keys since V92).
	 */
	private static final String SUPPORT = """
			select s.*, p.name as partner_name, u.code as unit_code, u.name as unit_name, o.held_on as session_on, o.place as session_place,
			       d.served_on as desk_day_on, du.name as desk_day_place
			from partner_support s
			join partner p on p.id = s.partner_id join admin_unit u on u.id = s.unit_id
			left join outreach_session o on o.id = s.session_id
			left join service_desk_day d on d.id = s.desk_day_id left join admin_unit du on du.id = d.unit_id
			""";

	/** A partner's support entries, inside the subtree (all for null), newest first. */
	public List<Support> support(UUID partnerId, @Nullable String path) {
		return jdbc.sql(SUPPORT + """
				where s.partner_id = :partner and (cast(:path as ltree) is null or s.unit_path <@ cast(:path as ltree))
				order by s.on_date desc, s.created_at desc
				""").param("partner", partnerId).param("path", path).query((rs, n) -> support(rs)).list();
	}

	/** The support linked to one outreach session or desk day, inside the subtree (all for null). */
	public List<Support> linkedTo(@Nullable UUID sessionId, @Nullable UUID deskDayId, @Nullable String path) {
		return jdbc.sql(SUPPORT + """
				where (s.session_id = :session or s.desk_day_id = :day)
				  and (cast(:path as ltree) is null or s.unit_path <@ cast(:path as ltree))
				order by p.name, s.on_date desc
				""").param("session", sessionId).param("day", deskDayId).param("path", path)
			.query((rs, n) -> support(rs)).list();
	}

	public Optional<Support> supportById(UUID id) {
		return jdbc.sql(SUPPORT + " where s.id = ?").param(id).query((rs, n) -> support(rs)).optional();
	}

	private Stored map(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Partner.CoveredUnit> units = jdbc.sql("""
				select u.id, u.code, u.name, u.path::text from partner_unit p join admin_unit u on u.id = p.unit_id
				where p.partner_id = ? order by u.path
				""").param(id).query((r, n) -> new Partner.CoveredUnit(r.getLong(1), r.getString(2), r.getString(3),
						r.getString(4))).list();
		return new Stored(id, rs.getString("name"), PartnerKind.valueOf(rs.getString("kind")), rs.getString("contact_name"),
				rs.getString("contact_phone"), rs.getString("contact_email"), units);
	}

	private static Support support(ResultSet rs) throws SQLException {
		return new Support(rs.getObject("id", UUID.class), rs.getObject("partner_id", UUID.class),
				rs.getString("partner_name"), SupportKind.valueOf(rs.getString("kind")),
				rs.getObject("on_date", LocalDate.class), rs.getLong("unit_id"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getInt("quantity"), rs.getObject("session_id", UUID.class), rs.getObject("desk_day_id", UUID.class),
				rs.getString("note"), linked(rs, "session_on", "session_place"), linked(rs, "desk_day_on", "desk_day_place"));
	}

	private static Support.@Nullable Linked linked(ResultSet rs, String date, String place) throws SQLException {
		LocalDate on = rs.getObject(date, LocalDate.class);
		return on == null ? null : new Support.Linked(on, rs.getString(place));
	}
}
