package vn.ngoso.demo.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.SearchText;

/**
 * A few acceptance points in Xã Tuyên Bình (a market with stalls, a shop, a supermarket; all
 * started in 2025, after the source text's 2024 count) and two partner enterprises: Viettel's
 * Vĩnh Hưng branch, whose account {@code doitac} sees its contributions and the figures of the unit
 * it supports (Huyện Vĩnh Hưng on the 2024 tree, the new Xã Tuyên Bình in the story), and the
 * provincial post office. Written by SQL like the rest of the demo data.
 */
final class DemoPartnersAndMerchants {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	DemoPartnersAndMerchants(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Where things go. On the 2024 tree: the province, Huyện Vĩnh Hưng and old Tuyên Bình. In the
	 * story: the partner's 2025 supports before 01/07/2025 on the units of then (the old commune,
	 * the district), everything after on today's Tây Ninh and new Xã Tuyên Bình.
	 */
	record Places(long province, long district, long communeThen, long communeNow, long partnerHome, String viettel,
			String post, boolean story) {

		static Places longAn2024(long province, long district, long commune) {
			return new Places(province, district, commune, commune, district, "Viettel Long An – Chi nhánh Vĩnh Hưng",
					"Bưu điện tỉnh Long An", false);
		}

		static Places tayNinh(long province, long oldDistrict, long oldCommune, long newCommune) {
			return new Places(province, oldDistrict, oldCommune, newCommune, newCommune,
					"Viettel Tây Ninh – Chi nhánh Vĩnh Hưng", "Bưu điện tỉnh Tây Ninh", true);
		}
	}

	void insert(Places at, long caBan, long ap2, long caBanTeam) {
		UUID market = merchant("MARKET", "Chợ Tuyên Bình", "Ấp Cả Bản, xã Tuyên Bình", caBan, List.of("ATM_CARD", "VIETQR"),
				LocalDate.of(2025, 3, 15), caBanTeam, null, "10.871200", "105.803100");
		merchant("MARKET_STALL", "Sạp rau bà Năm", "Sạp số 12, chợ Tuyên Bình", caBan, List.of("VIETQR"),
				LocalDate.of(2025, 3, 20), caBanTeam, market, null, null);
		merchant("MARKET_STALL", "Sạp cá chú Tư", "Sạp số 3, chợ Tuyên Bình", caBan, List.of("VIETQR", "MOBILE_MONEY"),
				LocalDate.of(2025, 4, 2), caBanTeam, market, null, null);
		merchant("MARKET_STALL", "Sạp tạp hoá cô Sáu", "Sạp số 7, chợ Tuyên Bình", caBan, List.of("MOBILE_MONEY"),
				LocalDate.of(2025, 5, 9), null, market, null, null);
		merchant("CONVENIENCE_STORE", "Cửa hàng tiện lợi Ấp 2", "Tỉnh lộ 831, ấp 2", ap2,
				List.of("CARD", "ATM_CARD", "VIETQR", "E_WALLET"), LocalDate.of(2025, 6, 1), null, null, "10.866000",
				"105.792000");
		merchant("SUPERMARKET", "Siêu thị mini Tuyên Bình", "Trung tâm xã Tuyên Bình", at.communeNow(),
				List.of("CARD", "ATM_CARD", "MOBILE_MONEY"), LocalDate.of(2025, 8, 20), null, null, null, null);

		UUID viettel = partner(at.viettel(), "TELECOM", "Trần Văn Bình", "0981234567", "binhtv@example.vn",
				at.partnerHome());
		support(viettel, "EVENT", LocalDate.of(2025, 3, 12), at.communeThen(), 3, "Ngày hội chuyển đổi số xã Tuyên Bình");
		support(viettel, "SIMS_PHONES", LocalDate.of(2025, 3, 12), at.communeThen(), 50, "SIM 4G tặng hộ nghèo");
		support(viettel, "DESK_STAFF_DAYS", LocalDate.of(2025, 4, 1), at.district(), 12, "Hỗ trợ bộ phận một cửa huyện");
		if (at.story()) {
			support(viettel, "EVENT", LocalDate.of(2025, 9, 20), at.communeNow(), 2,
					"Ngày hội chuyển đổi số xã Tuyên Bình sau sắp xếp");
		}
		String name = at.story() ? "Viettel Tây Ninh" : "Viettel Long An";
		long doitac = accounts.create(new NewUser("doitac", "demo", name, Role.PARTNER, at.partnerHome(), null, null)).id();
		jdbc.sql("insert into partner_account (user_id, partner_id) values (?, ?)").params(doitac, viettel).update();
		UUID post = partner(at.post(), "POSTAL", "Lê Thị Hoa", "0912345678", null, at.province());
		support(post, "EVENT", at.story() ? LocalDate.of(2025, 10, 20) : LocalDate.of(2025, 5, 20), at.communeNow(), 1,
				"Hướng dẫn dịch vụ công trực tuyến tại bưu cục");
	}

	private UUID merchant(String kind, String name, String address, long unit, List<String> methods, LocalDate started,
			Long team, UUID market, String latitude, String longitude) {
		UUID id = UUID.nameUUIDFromBytes(("demo-merchant:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		jdbc.sql("""
				insert into merchant (id, kind, name, name_folded, address, unit_id, unit_path, province_code, latitude,
				                      longitude, methods, started_on, team_id, market_id, created_by)
				select ?, ?, ?, ?, ?, u.id, u.path, u.province_code, cast(? as numeric), cast(? as numeric), ?, ?, ?, ?, 'demo'
				from admin_unit u where u.id = ?
				""").params(id, kind, name, SearchText.fold(name), address, latitude, longitude,
				new SqlArrayValue("varchar", methods.toArray()), Date.valueOf(started), team, market, unit).update();
		return id;
	}

	private UUID partner(String name, String kind, String contact, String phone, String email, long unit) {
		UUID id = UUID.nameUUIDFromBytes(("demo-partner:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		jdbc.sql("""
				insert into partner (id, name, name_folded, kind, contact_name, contact_phone, contact_email, created_by)
				values (?, ?, ?, ?, ?, ?, ?, 'demo')
				""").params(id, name, SearchText.fold(name), kind, contact, phone, email).update();
		jdbc.sql("insert into partner_unit (partner_id, unit_id, unit_path) select ?, id, path from admin_unit where id = ?")
			.params(id, unit).update();
		return id;
	}

	private void support(UUID partner, String kind, LocalDate on, long unit, int quantity, String note) {
		jdbc.sql("""
				insert into partner_support (id, partner_id, kind, on_date, unit_id, unit_path, province_code, quantity, note,
				                             created_by)
				select ?, ?, ?, ?, u.id, u.path, u.province_code, ?, ?, 'demo' from admin_unit u where u.id = ?
				""").params(UUID.randomUUID(), partner, kind, Date.valueOf(on), quantity, note, unit).update();
	}
}
