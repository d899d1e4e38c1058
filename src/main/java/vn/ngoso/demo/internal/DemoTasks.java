package vn.ngoso.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import vn.ngoso.platform.audit.AuditActors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngoso.tasks.AssigneeKind;
import vn.ngoso.tasks.CascadeTarget;
import vn.ngoso.tasks.NewTarget;
import vn.ngoso.tasks.NewTask;
import vn.ngoso.tasks.OverdueTasks;
import vn.ngoso.tasks.Target;
import vn.ngoso.tasks.Targets;
import vn.ngoso.tasks.Tasks;
import vn.ngoso.tasks.VisitRequest;
import vn.ngoso.tasks.VisitRequests;

/**
 * A few tasks and a cascaded target for the demo accounts, made through the tasks module as the
 * demo users themselves (so every rule applies): work for the Cả Bản team in progress, an overdue
 * task escalated to xa and huyen, a member's task, a citizen's request, and 80% covered
 * households for Huyện Vĩnh Hưng (in the story: Tây Ninh) split over its communes and Tuyên
 * Bình's hamlets.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ngoso.demo", havingValue = "true")
class DemoTasks implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final UserDetailsService users;

	private final Tasks tasks;

	private final Targets targets;

	private final VisitRequests requests;

	private final OverdueTasks overdue;

	private final Clock clock;

	private final DemoStory story;

	DemoTasks(JdbcClient jdbc, TransactionTemplate tx, UserDetailsService users, Tasks tasks, Targets targets,
			VisitRequests requests, OverdueTasks overdue, Clock clock, DemoStory story) {
		this.story = story;
		this.jdbc = jdbc;
		this.tx = tx;
		this.users = users;
		this.tasks = tasks;
		this.targets = targets;
		this.requests = requests;
		this.overdue = overdue;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// what the loader writes is the demo's, not the system's nor the demo officers' it acts as
		AuditActors.claim(AuditActors.DEMO, () -> load(args));
	}

	private void load(ApplicationArguments args) {
		boolean due = jdbc.sql("""
				select exists(select 1 from app_user where username = 'xa')
				   and not exists(select 1 from task) and not exists(select 1 from target)
				""").query(Boolean.class).single();
		if (due) {
			tx.executeWithoutResult(status -> load(LocalDate.now(clock)));
			log.info("Demo tasks and targets loaded");
		}
	}

	private void load(LocalDate today) {
		long caBan = team("27781-001");
		long ap2 = team("27781-002");
		long member = jdbc.sql("select member_id from app_user where username = 'thanhvien'").query(Long.class).single();
		long vneid = as("xa", () -> tasks.create(new NewTask("Hướng dẫn kích hoạt VNeID mức 2 cho các hộ ấp Cả Bản",
				"Mỗi hộ có ít nhất một người đã kích hoạt VNeID mức 2, ghi nhận qua chuyến thăm", AssigneeKind.TEAM, caBan,
				today.minusDays(10), today.plusDays(20), "")).id());
		as("totruong", () -> tasks.updateProgress(vneid, 40, "Đã hướng dẫn 32 hộ"));
		as("xa", () -> tasks.create(new NewTask("Tổ chức buổi tuyên truyền thanh toán không dùng tiền mặt ở ấp 2",
				"Một buổi tại nhà văn hoá ấp, có danh sách người dự và ảnh", AssigneeKind.TEAM, ap2, today.minusDays(30),
				today.minusDays(2), "")));
		String app = story.told() ? "ứng dụng công dân số của tỉnh" : "Long An Số";
		as("totruong", () -> tasks.create(new NewTask("Phát tờ rơi hướng dẫn " + app + " cho 20 hộ đầu ấp",
				"20 hộ nhận tờ rơi, mỗi hộ được chỉ cách cài ứng dụng", AssigneeKind.MEMBER, member, today,
				today.plusDays(7), "")));
		requests.request(new VisitRequest(unit("27781-001"), "Nhờ tổ đến cài VNeID và " + app + " cho ông bà",
				"Lê Văn Bảy", "0918123456"));
		overdue.run();
		int year = today.getYear();
		// the covered-households target comes from above: Huyện Vĩnh Hưng on the 2024 tree, Tây Ninh in the story
		String above = story.told() ? "tinh" : "huyen";
		Target top = as(above, () -> targets.create(new NewTarget("COVERED_RATE", story.told() ? unit("80") : unit("797"),
				YearMonth.of(year, 1), YearMonth.of(year, 12), new BigDecimal("80"))));
		as(above, () -> targets.cascade(top.id(), new CascadeTarget(Target.Split.HOUSEHOLDS, null)));
		long tuyenBinh = unit(story.commune());
		long commune = as(above, () -> targets.children(top.id())).stream()
			.filter(t -> t.unitId() == tuyenBinh).findFirst().orElseThrow().id();
		as("xa", () -> targets.cascade(commune, new CascadeTarget(Target.Split.HOUSEHOLDS, null)));
		as("xa", () -> targets.create(new NewTarget("VISITS", tuyenBinh, YearMonth.of(year, 1),
				YearMonth.of(year, 12), new BigDecimal("600"))));
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long team(String hamletCode) {
		return jdbc.sql("select t.id from team t join admin_unit u on u.id = t.unit_id where u.code = ?")
			.param(hamletCode).query(Long.class).single();
	}

	private long unit(String code) {
		return jdbc.sql("select id from admin_unit where code = ? and valid_to is null order by valid_from desc limit 1")
			.param(code).query(Long.class).single();
	}
}
