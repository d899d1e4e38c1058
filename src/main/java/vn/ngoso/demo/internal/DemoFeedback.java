package vn.ngoso.demo.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import vn.ngoso.platform.audit.AuditActors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.feedback.Channel;
import vn.ngoso.feedback.FeedbackRouting;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.feedback.NewFeedback;
import vn.ngoso.platform.Role;

/**
 * The feedback side of the demo, on a database that has the demo's accounts but no agency yet:
 * the agencies of Long An, Vĩnh Hưng and Tuyên Bình (in the story: of Tây Ninh and the new Tuyên
 * Bình), their routes (the commune answers public
 * services and "other" in Tuyên Bình, the district above it, the province's departments the
 * rest), the account {@code coquan} for the commune's one-stop desk, and a few items.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "ngoso.demo", havingValue = "true")
class DemoFeedback implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final FeedbackRouting routing;

	private final Feedbacks feedbacks;

	private final Accounts accounts;

	private final DemoStory story;

	DemoFeedback(JdbcClient jdbc, TransactionTemplate tx, FeedbackRouting routing, Feedbacks feedbacks, Accounts accounts,
			DemoStory story) {
		this.story = story;
		this.jdbc = jdbc;
		this.tx = tx;
		this.routing = routing;
		this.feedbacks = feedbacks;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		// what the loader writes is the demo's, not the system's nor the demo officers' it acts as
		AuditActors.claim(AuditActors.DEMO, () -> load(args));
	}

	private void load(ApplicationArguments args) {
		boolean wanted = jdbc.sql("select exists(select 1 from app_user where username = 'tinh')").query(Boolean.class).single()
				&& !routing.anyAgency();
		if (wanted) {
			tx.executeWithoutResult(status -> load());
		}
	}

	private void load() {
		if (story.told()) {
			loadTayNinh();
			return;
		}
		long province = unitId("80");
		long district = unitId("797");
		long commune = unitId(DemoData.CA_BAN_COMMUNE);
		routing.createAgencyIgnoringScope("SO-KHCN-80", "Sở Khoa học và Công nghệ tỉnh Long An", province);
		routing.createAgencyIgnoringScope("CA-80", "Công an tỉnh Long An", province);
		routing.createAgencyIgnoringScope("NHNN-80", "Ngân hàng Nhà nước chi nhánh Long An", province);
		routing.createAgencyIgnoringScope("UBND-797", "UBND huyện Vĩnh Hưng", district);
		routing.createAgencyIgnoringScope("UBND-27781", "Bộ phận một cửa UBND xã Tuyên Bình", commune);
		for (String category : List.of("PUBLIC_SERVICES", "NETWORK", "PROVINCIAL_APP", "OTHER")) {
			routing.setRouteIgnoringScope(category, province, "SO-KHCN-80", "demo");
		}
		routing.setRouteIgnoringScope("VNEID", province, "CA-80", "demo");
		routing.setRouteIgnoringScope("ONLINE_PAYMENT", province, "NHNN-80", "demo");
		for (String category : List.of("PUBLIC_SERVICES", "OTHER")) {
			routing.setRouteIgnoringScope(category, district, "UBND-797", "demo");
			routing.setRouteIgnoringScope(category, commune, "UBND-27781", "demo");
		}
		agencyAndItems(commune, "UBND-27781");
	}

	/** Today's agencies: Tây Ninh's departments and the new commune's one-stop desk (no districts since 2025). */
	private void loadTayNinh() {
		long province = story.today("80").unitId();
		long commune = story.today(DemoStory.NEW_COMMUNE).unitId();
		String desk = "UBND-" + DemoStory.NEW_COMMUNE;
		routing.createAgencyIgnoringScope("SO-KHCN-80", "Sở Khoa học và Công nghệ tỉnh Tây Ninh", province);
		routing.createAgencyIgnoringScope("CA-80", "Công an tỉnh Tây Ninh", province);
		routing.createAgencyIgnoringScope("NHNN-80", "Ngân hàng Nhà nước, chi nhánh phụ trách tỉnh Tây Ninh", province);
		routing.createAgencyIgnoringScope(desk, "Bộ phận một cửa UBND xã Tuyên Bình", commune);
		for (String category : List.of("PUBLIC_SERVICES", "NETWORK", "PROVINCIAL_APP", "OTHER")) {
			routing.setRouteIgnoringScope(category, province, "SO-KHCN-80", "demo");
		}
		routing.setRouteIgnoringScope("VNEID", province, "CA-80", "demo");
		routing.setRouteIgnoringScope("ONLINE_PAYMENT", province, "NHNN-80", "demo");
		for (String category : List.of("PUBLIC_SERVICES", "OTHER")) {
			routing.setRouteIgnoringScope(category, commune, desk, "demo");
		}
		agencyAndItems(commune, desk);
	}

	private void agencyAndItems(long commune, String desk) {
		accounts.create(new NewUser("coquan", "demo", "Bộ phận một cửa UBND xã Tuyên Bình", Role.AGENCY, commune, null, null));
		routing.addOfficerIgnoringScope("coquan", desk);
		long caBan = jdbc.sql("select id from admin_unit where name = 'Ấp Cả Bản' and parent_id = ?").param(commune)
			.query(Long.class).single();
		feedbacks.submit(new NewFeedback("PUBLIC_SERVICES", "Nộp hồ sơ khai sinh trực tuyến bị báo lỗi ở bước thanh toán lệ phí.",
				caBan, null, null, null, null, false, Channel.WEB, true));
		feedbacks.submit(new NewFeedback("NETWORK", "Cuối ấp gần kênh sóng 4G rất yếu, không mở được ứng dụng.", caBan, null,
				null, null, null, false, Channel.VISIT, false));
		feedbacks.submit(new NewFeedback("OTHER", "Đề nghị mở thêm buổi hướng dẫn cài ứng dụng vào buổi tối.", caBan, null,
				null, null, null, false, Channel.HOTLINE, false));
	}

	private long unitId(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and source = ?").params(code, DemoData.LIST)
			.query(Long.class).single();
	}
}
