package vn.ngoso.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager is never asked to find or download anything. The flags are
 * the ones this closed network needs (see the machine notes): no sandbox as root, no
 * background networking, a fresh profile each time.
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

	public static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

	public static final Duration PATIENCE = Duration.ofSeconds(15);

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private Browser(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	/** Starts a headless Chromium 1280×900 wide, set up for Vietnamese, for pages served at {@code baseUrl}. */
	public static Browser open(String baseUrl) {
		return open(baseUrl, "vi-VN");
	}

	/** As {@link #open(String)}, with the browser's own language (date pickers, file inputs) set. */
	public static Browser open(String baseUrl, String language) {
		Path profile;
		try {
			profile = Files.createTempDirectory("ngoso-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
				"--window-size=1280,900", "--lang=" + language, "--user-data-dir=" + profile.toAbsolutePath());
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		// the console, read by consoleErrors(): Content-Security-Policy violations are reported there
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new Browser(driver, profile, baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
	}

	public ChromeDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(driver, PATIENCE);
	}

	/**
	 * The first visible element matching {@code by}, once there is one. The first visible, not the
	 * first: the menu is in the page twice (the full list, and the phone's row and panel), one of
	 * them hidden at any width.
	 */
	public WebElement find(By by) {
		return waiting().until(d -> d.findElements(by).stream().filter(Browser::shown).findFirst().orElse(null));
	}

	/**
	 * Follows a menu entry as a person would at the current width: from the full menu or the
	 * phone's row when it shows, else from the phone's "Thêm" panel, opened first.
	 */
	public void menu(String label) {
		var shownNow = driver.findElements(By.linkText(label)).stream().filter(Browser::shown).findFirst();
		if (shownNow.isEmpty()) {
			find(By.cssSelector(".quick .more summary")).click();
		}
		find(By.linkText(label)).click();
	}

	private static boolean shown(WebElement element) {
		try {
			return element.isDisplayed();
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return false;
		}
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Signs in through the login form and waits for the home page. */
	public void signIn(String username, String password) {
		go("/login");
		find(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		waiting().until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Errors the pages wrote to the console since the last call (a script that failed, a resource
	 * or an inline script or style the Content-Security-Policy refused).
	 */
	public List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Sets a form field the way a date picker would (type=date takes ISO values whatever the locale). */
	public void setValue(WebElement input, String value) {
		driver.executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
	}

	/**
	 * Lays the page out as a phone (when {@code width < 720}) or a desktop of that width, the way
	 * Chrome's device toolbar does: the viewport meta tag is honoured and touch is on.
	 */
	public void useWidth(int width) {
		useSize(width, width < 720 ? 780 : 900);
	}

	/** As {@link #useWidth(int)}, with the height given too (a 360×740 phone, say). */
	public void useSize(int width, int height) {
		boolean phone = width < 720;
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
				"deviceScaleFactor", 1, "mobile", phone));
	}

	/**
	 * DevTools network emulation, as the Network panel's "Offline" does it: every request of the
	 * page fails and {@code navigator.onLine} follows (with its events). A service worker is a
	 * target of its own that the page's emulation does not reach (the Application panel's "Offline"
	 * box does what follows), so the same conditions are sent to each service worker too.
	 */
	public void network(boolean on) {
		var conditions = new ChromiumNetworkConditions();
		conditions.setOffline(!on);
		conditions.setLatency(Duration.ZERO);
		driver.setNetworkConditions(conditions);
		@SuppressWarnings("unchecked")
		var targets = (List<Map<String, Object>>) driver.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
		for (var target : targets) {
			if ("service_worker".equals(target.get("type"))) {
				Object session = driver.executeCdpCommand("Target.attachToTarget",
						Map.of("targetId", target.get("targetId"), "flatten", false)).get("sessionId");
				for (String message : List.of("{\"id\":1,\"method\":\"Network.enable\",\"params\":{}}",
						"{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":{\"offline\":" + !on
								+ ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}")) {
					driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
				}
			}
		}
	}

	/** Waits until the field app has the working set on the phone and its service worker controls the page. */
	public void waitForFieldApp() {
		new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> Boolean.TRUE.equals(driver.executeScript(
				"return document.documentElement.getAttribute('data-field-ready') === 'yes'"
						+ " && !!navigator.serviceWorker.controller")));
	}

	/** Width of the laid-out document; more than the viewport means the page scrolls sideways. */
	public long documentWidth() {
		return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	public long viewportWidth() {
		return ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
	}

	/** A PNG of the whole page, below the fold and (if the page overflows) to the right as well. */
	public byte[] fullPageScreenshot() {
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) driver.executeScript(
				"var e = document.documentElement, b = document.body;"
						+ "return {w: Math.max(e.scrollWidth, b.scrollWidth, e.clientWidth),"
						+ " h: Math.max(e.scrollHeight, b.scrollHeight, e.clientHeight)};");
		long width = ((Number) size.get("w")).longValue();
		long height = Math.min(((Number) size.get("h")).longValue(), 12000);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
				"captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ignored) {
				// a temporary profile left behind is harmless
			}
		}
	}
}
