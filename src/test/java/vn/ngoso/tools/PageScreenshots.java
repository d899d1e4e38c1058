package vn.ngoso.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ngoso.support.Browser;

/**
 * Full-page PNGs of every page, as a phone (360 px) and a desktop (1280 px) show them, for
 * looking at the interface the way its users do. Not a test: nothing is asserted, and surefire
 * and failsafe do not pick it up by name.
 *
 * <p>Against an application it starts itself (test profile, fresh demo data, random port):
 *
 * <pre>
 * ./mvnw -q test -Dtest=PageScreenshotsTool -Dscreenshots=true
 * ./mvnw -q test -Dtest=PageScreenshotsTool -Dscreenshots=true -Dscreenshots.langs=vi,en -Dscreenshots.users=xa
 * ./mvnw -q test -Dtest=PageScreenshotsTool -Dscreenshots=true -Dscreenshots.users=xa,thanhvien -Dscreenshots.only=household,visit
 * </pre>
 *
 * <p>Against an application already running (for instance {@code PORT=8081 ./mvnw spring-boot:run}):
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) vn.ngoso.tools.PageScreenshots http://localhost:8081
 * </pre>
 *
 * <p>Files land in {@code target/screenshots/} as {@code <lang>-<user>-<nn>-<page>-<width>.png}.
 * Only invalid input is submitted (an empty member form, a hamlet CSV with bad rows, a visit dated 2099), so the
 * database is left as it was, apart from the audit entries nothing writes.
 */
public final class PageScreenshots {

	public static final int[] WIDTHS = { 360, 1280 };

	/** {@code -Dscreenshots.only=household,visit}: only the pages whose names start so (all when empty). */
	private static final List<String> ONLY = java.util.Arrays.stream(System.getProperty("screenshots.only", "").split(","))
		.map(String::strip).filter(n -> !n.isEmpty()).toList();

	private final String baseUrl;

	private final Path out;

	private final List<Path> written = new ArrayList<>();

	public PageScreenshots(String baseUrl, Path out) {
		this.baseUrl = baseUrl;
		this.out = out;
	}

	public static void main(String[] args) {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		List<String> users = List.of(System.getProperty("screenshots.users", "xa,admin").split(","));
		List<String> langs = List.of(System.getProperty("screenshots.langs", "vi").split(","));
		var shots = new PageScreenshots(base, Path.of("target/screenshots"));
		shots.takeAll(users, langs);
		shots.written().forEach(System.out::println);
	}

	public List<Path> written() {
		return written;
	}

	public void takeAll(List<String> users, List<String> langs) {
		try {
			Files.createDirectories(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (String lang : langs) {
			for (String user : users) {
				try (Browser browser = Browser.open(baseUrl, lang.trim().equals("en") ? "en-US" : "vi-VN")) {
					take(browser, lang.trim(), user.trim());
				}
			}
		}
	}

	private record Shot(String name, Consumer<Browser> open) {
	}

	private void take(Browser b, String lang, String user) {
		b.go("/login?lang=" + lang);
		List<Shot> shots = new ArrayList<>();
		shots.add(new Shot("login", x -> x.go("/login")));
		shots.add(new Shot("login-failed", x -> x.go("/login?error")));
		capture(b, lang, user, shots);
		shots.clear();

		b.signIn(user, "demo");
		b.go("/teams");
		String team = firstHref(b, "#team-table tbody a");
		b.go("/teams?sizeWarning=true");
		String smallTeam = firstHref(b, "#team-table tbody a");
		b.go(team);
		String memberEdit = firstHref(b, ".people .row-actions a");
		b.go("/units");
		String unitsStart = b.currentPath();
		String firstChild = firstHref(b, "main table tbody a, main .cards a");

		shots.add(new Shot("home", x -> x.go("/")));
		shots.add(new Shot("units", x -> x.go("/units")));
		if (firstChild != null) {
			shots.add(new Shot("unit-child", x -> x.go(firstChild)));
			b.go(firstChild);
			String grandChild = firstHref(b, "main table tbody a");
			if (grandChild != null) {
				shots.add(new Shot("unit-grandchild", x -> x.go(grandChild)));
			}
		}
		shots.add(new Shot("units-search", x -> x.go("/units/search?q=duc%20hoa")));
		shots.add(new Shot("units-search-none", x -> x.go("/units/search?q=zzz")));
		shots.add(new Shot("hamlet-add-error", x -> {
			x.go(unitsStart);
			List<WebElement> form = x.driver().findElements(By.id("add-hamlet"));
			if (!form.isEmpty()) {
				x.setValue(form.get(0).findElement(By.id("hamlet-name")), "   ");
				x.driver().executeScript("arguments[0].removeAttribute('required'); arguments[0].form.submit();",
						form.get(0).findElement(By.id("hamlet-name")));
				x.find(By.tagName("h1"));
			}
		}));
		shots.add(new Shot("hamlet-import", x -> x.go("/units/hamlets/import")));
		shots.add(new Shot("hamlet-import-errors", x -> {
			x.go("/units/hamlets/import");
			x.find(By.id("file")).sendKeys(badCsv().toAbsolutePath().toString());
			x.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
			x.find(By.cssSelector(".flash"));
		}));
		shots.add(new Shot("teams", x -> x.go("/teams")));
		shots.add(new Shot("teams-size-warning", x -> x.go("/teams?sizeWarning=true")));
		if (team != null) {
			shots.add(new Shot("team", x -> x.go(team)));
			shots.add(new Shot("member-new", x -> x.go(team + "/members/new")));
			shots.add(new Shot("member-new-errors", x -> {
				x.go(team + "/members/new");
				x.setValue(x.find(By.id("joinedOn")), "");
				x.driver().findElement(By.cssSelector("#member-form button[type=submit]")).click();
				x.find(By.cssSelector("#member-form .flash.error"));
			}));
		}
		if (smallTeam != null) {
			shots.add(new Shot("team-size-warning", x -> x.go(smallTeam)));
		}
		if (memberEdit != null) {
			shots.add(new Shot("member-edit", x -> x.go(memberEdit)));
		}
		shots.add(new Shot("team-new", x -> x.go("/teams/new")));
		shots.add(new Shot("team-new-errors", x -> {
			x.go("/teams/new");
			x.driver().findElement(By.cssSelector("#team-form button[type=submit]")).click();
			x.find(By.cssSelector("#team-form .flash.error"));
		}));
		shots.add(new Shot("members", x -> x.go("/members")));
		b.go("/households?covered=false");
		String household = firstHref(b, "#household-table tbody a");
		b.go("/households?covered=true");
		String coveredHousehold = firstHref(b, "#household-table tbody a");
		shots.add(new Shot("households", x -> x.go("/households")));
		shots.add(new Shot("households-not-covered", x -> x.go("/households?covered=false")));
		shots.add(new Shot("households-filtered", x -> x.go("/households?covered=false&notVisitedDays=30&missingConsent=true&q=nguyen")));
		shots.add(new Shot("households-to-visit", x -> x.go("/households/to-visit")));
		if (household != null) {
			shots.add(new Shot("household", x -> x.go(household)));
			shots.add(new Shot("visit-form", x -> x.go(household + "/visits/new")));
			shots.add(new Shot("visit-form-errors", x -> {
				x.go(household + "/visits/new");
				WebElement date = x.find(By.id("date"));
				x.driver().executeScript("arguments[0].removeAttribute('max');", date);
				x.setValue(date, "2099-01-01");
				x.driver().executeScript("arguments[0].form.submit();", date);
				x.find(By.cssSelector(".flash.error"));
			}));
		}
		if (coveredHousehold != null) {
			shots.add(new Shot("household-covered", x -> x.go(coveredHousehold)));
		}
		shots.add(new Shot("household-new", x -> x.go("/households/new")));
		if (household != null) {
			shots.add(new Shot("household-resident-new", x -> x.go(household + "/residents/new")));
			shots.add(new Shot("household-resident-new-errors", x -> {
				x.go(household + "/residents/new");
				x.find(By.id("phone")).sendKeys("0212345678");
				x.driver().findElement(By.id("cccd")).sendKeys("999095123456");
				x.driver().findElement(By.cssSelector("#resident-form button.primary")).click();
				x.find(By.cssSelector("#resident-form .flash.error"));
			}));
		}
		b.go("/reports/summary");
		String reportChild = firstHref(b, "#report-children a");
		shots.add(new Shot("report", x -> x.go("/reports/summary")));
		if (reportChild != null) {
			shots.add(new Shot("report-child", x -> x.go(reportChild)));
		}
		shots.add(new Shot("report-year", x -> x.go("/reports/summary?from=2024-01&to=2024-12")));
		shots.add(new Shot("report-bad-month", x -> x.go("/reports/summary?from=2024-13")));
		b.go("/dashboard");
		String dashboard = b.currentPath();
		String dashboardChild = firstHref(b, "#children tbody a, #roots tbody a");
		String dashboardGrandChild = null;
		if (dashboardChild != null) {
			b.go(dashboardChild);
			dashboardGrandChild = firstHref(b, "#children tbody a");
		}
		String grandChild = dashboardGrandChild;
		// An administrator's /dashboard lists the provinces; the period picker is on a unit's dashboard.
		String unitDashboard = dashboard.matches("/dashboard/\\d+.*") ? dashboard : dashboardChild;
		shots.add(new Shot("dashboard", x -> x.go(dashboard)));
		if (dashboardChild != null) {
			shots.add(new Shot("dashboard-child", x -> x.go(dashboardChild)));
		}
		if (grandChild != null) {
			shots.add(new Shot("dashboard-grandchild", x -> x.go(grandChild)));
		}
		shots.add(new Shot("dashboard-quarter", x -> {
			x.go(unitDashboard);
			x.driver().findElement(By.cssSelector("#period-kind option[value=QUARTER]")).click();
			x.driver().findElement(By.cssSelector("#period-form button[type=submit]")).click();
			x.waiting().until(d -> d.getCurrentUrl().contains("from="));
			x.find(By.id("tiles"));
		}));
		shots.add(new Shot("dashboard-bad-period", x -> x.go(unitDashboard.replaceFirst("\\?.*$", "") + "?from=2025-13")));
		shots.add(new Shot("audit", x -> x.go("/audit")));
		shots.add(new Shot("users", x -> x.go("/users")));
		shots.add(new Shot("not-found", x -> x.go("/teams/999999999")));
		operationShots(b, shots);
		shots.add(new Shot("feedback-new", x -> x.go("/feedback/new")));
		shots.add(new Shot("feedback-new-refused", x -> {
			x.go("/feedback/new");
			x.setValue(x.find(By.id("contactPhone")), "0912 000 111");
			x.find(By.id("save-feedback")).click();
			x.find(By.cssSelector(".field-error"));
		}));
		String draft = reportedShots(b, shots);
		capture(b, lang, user, shots);
		if (draft != null) {
			deleteDraft(b, draft);
		}
		if (user.equals("thanhvien") || user.equals("totruong")) {
			offline(b, lang, user, household);
		}
	}

	/** Outreach sessions, desk days and training: lists, forms (empty and refused), a record's page. */
	private void operationShots(Browser b, List<Shot> shots) {
		shots.add(new Shot("sessions", x -> x.go("/outreach/sessions")));
		shots.add(new Shot("session-new", x -> x.go("/outreach/sessions/new")));
		shots.add(new Shot("session-refused", x -> {
			x.go("/outreach/sessions/new");
			x.setValue(x.find(By.id("attendees")), "5000");
			x.setValue(x.find(By.id("leaflets")), "-1");
			x.find(By.id("save-session")).click();
			x.find(By.cssSelector(".field-error"));
		}));
		b.go("/outreach/sessions");
		List<WebElement> sessions = b.driver().findElements(By.cssSelector("#session-table tbody a"));
		if (!sessions.isEmpty()) {
			String session = sessions.get(0).getAttribute("href");
			shots.add(new Shot("session", x -> x.driver().get(session)));
		}
		shots.add(new Shot("desk-days", x -> x.go("/outreach/desk-days")));
		shots.add(new Shot("desk-day-new", x -> x.go("/outreach/desk-days/new")));
		b.go("/outreach/desk-days");
		List<WebElement> days = b.driver().findElements(By.cssSelector("#desk-day-table tbody a"));
		if (!days.isEmpty()) {
			String day = days.get(days.size() - 1).getAttribute("href");
			shots.add(new Shot("desk-day", x -> x.driver().get(day)));
		}
		shots.add(new Shot("trainings", x -> x.go("/trainings")));
		b.go("/trainings");
		String course = b.find(By.cssSelector("#course-table tbody a")).getAttribute("href");
		shots.add(new Shot("training-course", x -> x.driver().get(course)));
		if (!b.driver().findElements(By.id("course-form")).isEmpty()) {
			shots.add(new Shot("training-course-refused", x -> {
				x.go("/trainings");
				x.find(By.id("create-course")).click();
				x.find(By.cssSelector(".field-error"));
			}));
		}
		shots.add(new Shot("training-session-refused", x -> {
			x.driver().get(course);
			if (x.driver().findElements(By.id("save-training-session")).isEmpty()) {
				return;
			}
			x.setValue(x.find(By.id("phones")), "0123\n0399 999 999");
			x.find(By.id("save-training-session")).click();
			x.find(By.cssSelector(".field-error"));
		}));
	}

	/**
	 * The reported-value pages, for officers: the list, the approval queue, the entry form (empty
	 * and refused), a value awaiting the caller's decision if there is one, the import page (and a
	 * refused workbook), and a draft made for the picture, which {@link #deleteDraft} removes after.
	 */
	private String reportedShots(Browser b, List<Shot> shots) {
		b.go("/");
		if (b.driver().findElements(By.cssSelector(".nav a[href='/indicators/reported']")).isEmpty()) {
			return null;
		}
		b.go("/indicators/reported?view=awaiting");
		String awaiting = firstHref(b, "#value-table tbody a");
		String draft = enterDraft(b);
		shots.add(new Shot("reported", x -> x.go("/indicators/reported")));
		shots.add(new Shot("reported-awaiting", x -> x.go("/indicators/reported?view=awaiting")));
		if (awaiting != null) {
			shots.add(new Shot("reported-decide", x -> x.go(awaiting)));
		}
		if (draft != null) {
			shots.add(new Shot("reported-draft", x -> x.go(draft)));
		}
		shots.add(new Shot("reported-new", x -> x.go("/indicators/reported/new")));
		shots.add(new Shot("reported-new-errors", x -> {
			x.go("/indicators/reported/new");
			WebElement to = x.find(By.id("to"));
			x.driver().executeScript("arguments[0].removeAttribute('max');", to);
			x.setValue(to, "2099-01");
			x.setValue(x.driver().findElement(By.id("value")), "nhiều");
			x.driver().findElement(By.cssSelector("#reported-form button[type=submit]")).click();
			x.find(By.cssSelector("#reported-form .flash.error"));
		}));
		shots.add(new Shot("reported-import", x -> x.go("/indicators/reported/import")));
		shots.add(new Shot("reported-import-errors", x -> {
			x.go("/indicators/reported/import");
			x.find(By.id("file")).sendKeys(badWorkbook().toAbsolutePath().toString());
			x.driver().findElement(By.cssSelector("#upload button[type=submit]")).click();
			x.find(By.id("import-result"));
		}));
		return draft;
	}

	/** A draft for the caller's own unit, last month, through the form; its page, or null if refused. */
	private String enterDraft(Browser b) {
		b.go("/indicators/reported/new");
		b.driver().executeScript("var s = document.getElementById('unitId'); s.selectedIndex = 1;"
				+ "document.getElementById('indicator').value = 'BANK_ACCOUNTS_15';");
		String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();
		b.setValue(b.find(By.id("from")), month);
		b.setValue(b.driver().findElement(By.id("to")), month);
		b.setValue(b.driver().findElement(By.id("value")), "1.351.439");
		b.setValue(b.driver().findElement(By.id("note")), "Số liệu Công an gửi (ảnh chụp màn hình, sẽ xoá)");
		b.driver().findElement(By.cssSelector("#reported-form button[type=submit]")).click();
		b.find(By.tagName("h1"));
		String path = b.currentPath();
		return path.matches("/indicators/reported/[0-9a-f-]{36}") ? path : null;
	}

	private static void deleteDraft(Browser b, String draft) {
		b.go(draft);
		List<WebElement> delete = b.driver().findElements(By.id("delete"));
		if (!delete.isEmpty()) {
			b.driver().executeScript("arguments[0].form.removeAttribute('data-confirm'); arguments[0].click();", delete.get(0));
			b.find(By.tagName("h1"));
		}
	}

	private Path badWorkbook() {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var sheet = workbook.createSheet("Số liệu");
			String[][] rows = { { "Mã đơn vị", "Mã chỉ tiêu", "Từ tháng (MM/yyyy)", "Đến tháng (MM/yyyy)", "Giá trị", "Ghi chú" },
					{ "99999", "VNEID_DOSSIERS", "01/2024", "12/2024", "7.350", "" },
					{ "27781", "COVERED_HOUSEHOLDS", "01/2024", "12/2024", "120", "" },
					{ "27781", "DOSSIERS_ON_TIME", "13/2024", "12/2024", "100,5", "Tỷ lệ quá 100 và tháng sai" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			Path file = out.resolve("bad-reported.xlsx");
			try (var stream = Files.newOutputStream(file)) {
				workbook.write(stream);
			}
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The field app without network: the pages drawn from the phone's copy, then a visit saved
	 * offline (it waits in the queue and is never sent: the browser closes offline).
	 */
	private void offline(Browser b, String lang, String user, String household) {
		b.go("/households/to-visit");
		b.waitForFieldApp();
		b.network(false);
		List<Shot> shots = new ArrayList<>();
		shots.add(new Shot("offline-to-visit", x -> x.go("/households/to-visit")));
		if (household != null) {
			shots.add(new Shot("offline-household", x -> x.go(household)));
			shots.add(new Shot("offline-visit-form", x -> x.go(household + "/visits/new")));
			shots.add(new Shot("offline-resident-form", x -> x.go(household + "/residents/new")));
			shots.add(new Shot("offline-visit-queued", x -> {
				x.go(household + "/visits/new");
				x.find(By.cssSelector("#field-app #visit-form"));
				x.driver().executeScript("arguments[0].click();",
						x.driver().findElement(By.cssSelector("#visit-form label.toggle:not(.done) input")));
				x.find(By.id("save-visit")).click();
				x.find(By.cssSelector(".flash.ok"));
			}));
		}
		shots.add(new Shot("offline-sync", x -> x.go("/sync")));
		capture(b, lang, user, shots);
	}

	private void capture(Browser b, String lang, String user, List<Shot> shots) {
		for (int i = 0; i < shots.size(); i++) {
			Shot shot = shots.get(i);
			if (!ONLY.isEmpty() && ONLY.stream().noneMatch(shot.name()::startsWith)) {
				continue;
			}
			for (int width : WIDTHS) {
				b.useWidth(width);
				String name = shot.name();
				try {
					shot.open().accept(b);
					b.find(By.tagName("body"));
				}
				catch (RuntimeException e) {
					// Still worth a picture: it shows what the page did instead.
					name += "-FAILED";
					System.err.println(name + " " + width + ": " + e.getMessage().lines().findFirst().orElse(""));
				}
				String text = b.driver().findElement(By.tagName("html")).getText();
				if (text.contains("??")) {
					// Thymeleaf shows a missing message key as ??key_lang??
					System.err.println("UNTRANSLATED on " + shot.name() + " (" + lang + "): "
							+ text.lines().filter(l -> l.contains("??")).toList());
				}
				Path file = out.resolve(String.format("%s-%s-%02d-%s-%d.png", lang, user, i, name, width));
				try {
					Files.write(file, b.fullPageScreenshot());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				written.add(file);
			}
		}
		b.useWidth(1280);
	}

	private static String firstHref(Browser b, String css) {
		List<WebElement> links = b.driver().findElements(By.cssSelector(css));
		if (links.isEmpty()) {
			return null;
		}
		String href = links.get(0).getAttribute("href");
		return href.replaceFirst("^https?://[^/]+", "");
	}

	private Path badCsv() {
		try {
			Path csv = out.resolve("bad-hamlets.csv");
			Files.writeString(csv, "commune_code,name,type\n99999,Ấp Mới,Ấp\n27781,,Ấp\n27781,Ấp Bàu Sen,Làng\n",
					StandardCharsets.UTF_8);
			return csv;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
