package org.rematch.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through ChromeDriver, pointed at the platform's gateway. Debian's chromium and
 * chromium-driver are used as installed (/usr/bin/chromium, /usr/bin/chromedriver, or the system properties
 * {@code rematch.chromium} / {@code rematch.chromedriver}, or the environment variables {@code REMATCH_CHROMIUM} /
 * {@code REMATCH_CHROMEDRIVER}); Selenium Manager never runs, so nothing is downloaded. Each browser has a fresh
 * profile, deleted on {@link #close()}.
 *
 * <p>Tests get one as a parameter under {@link BrowserTest} (phone size unless the parameter says
 * {@code @Viewport(Size.DESKTOP)}); when the test fails, a screenshot, the DOM and the console log are saved under
 * {@code target/screenshots/}. Everything waits with {@link WebDriverWait}, never with a sleep.
 */
final class Browser implements AutoCloseable {

    /** The window sizes the web app is checked at: a phone first (375 px wide), and a desktop. */
    enum Size {
        PHONE(375, 812), DESKTOP(1280, 900);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /** The window size a {@link Browser} parameter gets; without it, {@link Size#PHONE}. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Viewport {
        Size value();
    }

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    /**
     * The flags these machines need: without the background-networking ones Chromium's own connections to Google
     * are refused by the closed network, many at a time; --no-sandbox because CI runs as root.
     */
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    /** How Chrome logs a request that failed: the address, then the status or the network error. */
    private static final Pattern FAILED_REQUEST = Pattern.compile(
            "^(\\S+) - Failed to load resource: (?:the server responded with a status of (\\d+)|(\\S+))");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final Size size;
    private final List<LogEntry> console = new ArrayList<>();
    private boolean closed;

    private Browser(ChromeDriver driver, Path profile, String base, Size size) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.size = size;
    }

    /** Where Chromium and ChromeDriver are, and what is missing (empty when both are there). */
    record Installation(Path chromium, Path chromedriver) {

        static Installation find() {
            return new Installation(locate("rematch.chromium", "REMATCH_CHROMIUM", "/usr/bin/chromium"),
                    locate("rematch.chromedriver", "REMATCH_CHROMEDRIVER", "/usr/bin/chromedriver"));
        }

        private static Path locate(String property, String variable, String fallback) {
            String configured = System.getProperty(property, System.getenv(variable));
            return Path.of(configured == null || configured.isBlank() ? fallback : configured);
        }

        String missing() {
            return Stream.of(chromium, chromedriver)
                    .filter(binary -> !Files.isExecutable(binary))
                    .map(Path::toString)
                    .collect(Collectors.joining(" and "));
        }
    }

    /** Under CI (CI=true) a missing browser fails the tests: a skipped browser test there would hide a broken setup. */
    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Why browser tests cannot run here, saying how to fix it; empty when Chromium and ChromeDriver are found. */
    static Optional<String> whyNotInstalled() {
        String missing = Installation.find().missing();
        return missing.isEmpty() ? Optional.empty() : Optional.of("Browser tests need Chromium and ChromeDriver; not found: "
                + missing + ". Install Debian's packages (apt-get install chromium chromium-driver) or point"
                + " REMATCH_CHROMIUM and REMATCH_CHROMEDRIVER (or -Drematch.chromium, -Drematch.chromedriver) at them.");
    }

    /** Chromium and ChromeDriver, or the test is skipped saying why (failed under CI). */
    static Installation requireInstallation() {
        whyNotInstalled().ifPresent(why -> {
            if (underCi()) {
                throw new IllegalStateException(why + " (CI=true: failing instead of skipping)");
            }
            Assumptions.abort(why);
        });
        return Installation.find();
    }

    /** A browser on the gateway of the platform the system tests started. */
    static Browser start(Size size) {
        return start(size, SystemUnderTest.platform().url("gateway"));
    }

    static Browser start(Size size, String baseUrl) {
        Installation installation = requireInstallation();
        Path profile;
        try {
            profile = Files.createTempDirectory("rematch-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.chromedriver().toFile())
                .usingAnyFreePort()
                // warnings and Chromium's own output, for a browser that would not start; commands are not logged
                .withLogFile(Path.of("target", "chromedriver.log").toFile())
                .withAppendLog(true)
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installation.chromium().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=" + size.width + "," + size.height);
        // the exact viewport: headless Chromium keeps a window at least 500 px wide, so --window-size alone gives no
        // phone; a phone also reports touch and honours the page's viewport meta
        boolean phone = size == Size.PHONE;
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", size.width,
                "height", size.height, "pixelRatio", phone ? 2.0 : 1.0, "touch", phone, "mobile", phone)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            return new Browser(new ChromeDriver(service, options), profile, baseUrl, size);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    /** Loads {@code path} (e.g. "/signup") from the gateway, as typing the address would. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The current path, e.g. "/signup". */
    public String path() {
        return (String) script("return location.pathname");
    }

    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Waits until {@code condition} gives something other than null or false, and returns it. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return await(() -> what, condition);
    }

    /** As {@link #await(String, Function)}, the message made when the time is up (to say what there was instead). */
    public <T> T await(Supplier<String> what, Function<WebDriver, T> condition) {
        return await(WAIT, what, condition);
    }

    /**
     * As {@link #await(Supplier, Function)}, waiting up to {@code within}: for what the platform does in the background
     * (a proposal, a live notification), which may take longer than a screen takes to draw.
     */
    public <T> T await(Duration within, Supplier<String> what, Function<WebDriver, T> condition) {
        // the app redraws a screen by replacing its elements: one found a moment ago may be gone, so look again
        return new WebDriverWait(driver, within).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public void awaitPath(String path) {
        await(() -> "the address to become " + path + " (it is " + driver.getCurrentUrl() + ")",
                d -> path.equals(path()));
    }

    /** The screen's one h1, once drawn (a view starts with one). */
    public WebElement heading() {
        return visible("the page's heading", By.cssSelector("h1"));
    }

    /** Waits until the screen's heading reads {@code text}, and returns it. */
    public WebElement heading(String text) {
        return await(() -> "the heading \"" + text + "\" (headings now: " + driver.findElements(By.cssSelector("h1"))
                .stream().map(WebElement::getText).toList() + ")", d -> d.findElements(By.cssSelector("h1")).stream()
                .filter(heading -> heading.isDisplayed() && text.equals(heading.getText().strip()))
                .findFirst()
                .orElse(null));
    }

    /** The element with {@code data-testid="id"}, e.g. "proposal-<pairingId>". */
    public WebElement byTestId(String id) {
        return visible("data-testid=" + id, By.cssSelector("[data-testid=" + cssString(id) + "]"));
    }

    /** The innermost visible element whose whole text is {@code text} (spaces normalised). */
    public WebElement byText(String text) {
        String literal = xpathString(text);
        return visible("an element reading \"" + text + "\"",
                By.xpath("//body//*[normalize-space(.)=" + literal + "][not(.//*[normalize-space(.)=" + literal + "])]"));
    }

    /** The visible link reading {@code text}. */
    public WebElement link(String text) {
        return visible("a link reading \"" + text + "\"",
                By.xpath("//a[normalize-space(.)=" + xpathString(text) + "]"));
    }

    /** The visible button reading {@code text}. */
    public WebElement button(String text) {
        return visible("a button reading \"" + text + "\"",
                By.xpath("//button[normalize-space(.)=" + xpathString(text) + "]"));
    }

    /** The form control a {@code <label for>} reading {@code label} names, as a screen reader finds it. */
    public WebElement byLabel(String label) {
        return control(label, visible("a label reading \"" + label + "\"",
                By.xpath("//label[normalize-space(.)=" + xpathString(label) + "]")));
    }

    /**
     * As {@link #byLabel(String)}, among the labels inside {@code within} only: for a label a screen repeats, such as
     * "Attempts so far" in both exams' fieldsets (see {@link #group(String)}), or "Reason" in each moderator's form.
     */
    public WebElement byLabel(WebElement within, String label) {
        return control(label, visible("a label reading \"" + label + "\" in " + describe(within), within,
                By.xpath(".//label[normalize-space(.)=" + xpathString(label) + "]")));
    }

    private WebElement control(String label, WebElement element) {
        String id = element.getDomAttribute("for");
        if (id == null || id.isBlank()) {
            throw new AssertionError("the label \"" + label + "\" names no control (no for attribute)");
        }
        return driver.findElement(By.id(id));
    }

    /** The visible fieldset whose legend reads {@code legend}, e.g. "USMLE Step 2 CK". */
    public WebElement group(String legend) {
        return visible("a fieldset with the legend \"" + legend + "\"",
                By.xpath("//fieldset[legend[normalize-space(.)=" + xpathString(legend) + "]]"));
    }

    /** The visible button reading {@code text} inside {@code within}, e.g. one list item's "Join ..." button. */
    public WebElement button(WebElement within, String text) {
        return visible("a button reading \"" + text + "\" in " + describe(within), within,
                By.xpath(".//button[normalize-space(.)=" + xpathString(text) + "]"));
    }

    /** The innermost visible element inside {@code within} whose whole text is {@code text}, e.g. a summary to open. */
    public WebElement byText(WebElement within, String text) {
        String literal = xpathString(text);
        return visible("an element reading \"" + text + "\" in " + describe(within), within,
                By.xpath(".//*[normalize-space(.)=" + literal + "][not(.//*[normalize-space(.)=" + literal + "])]"));
    }

    /**
     * Clicks {@code element} once it is scrolled to the middle of the window: the app's toasts sit at the bottom of
     * the screen, over whatever WebDriver would otherwise scroll just into view there.
     */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    /** A form control on the screen and the text of the {@code <label for>} naming it (null when none does). */
    record Control(String name, String type, String id, String label) {
    }

    /** Every visible-to-people form control in the screen's forms (not hidden inputs), with its label. */
    public List<Control> formControls() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) script("""
                return [...document.querySelectorAll('main form :is(input, select, textarea)')]
                  .filter((c) => c.type !== 'hidden')
                  .map((c) => {
                    const label = c.id ? document.querySelector(`label[for="${CSS.escape(c.id)}"]`) : null;
                    return { name: c.name, type: c.type, id: c.id, label: label ? label.textContent.trim() : null };
                  });""");
        return found.stream().map(c -> new Control((String) c.get("name"), (String) c.get("type"), (String) c.get("id"),
                (String) c.get("label"))).toList();
    }

    private WebElement visible(String what, By by) {
        return visible(what, driver, by);
    }

    private WebElement visible(String what, SearchContext within, By by) {
        return await(() -> what + " to be shown on " + driver.getCurrentUrl(), d -> within.findElements(by).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    /** An element as a message names it: its data-testid, else its tag. */
    private static String describe(WebElement element) {
        String testId = element.getDomAttribute("data-testid");
        return testId != null ? "data-testid=" + testId : "<" + element.getTagName() + ">";
    }

    /**
     * Saves the whole page (beyond the window, as far as it scrolls) as {@code target/screenshots/<name>.png}, for
     * people to review each screen.
     */
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", Math.max(size.width, ((Number) content.get("width")).doubleValue()),
                        "height", Math.max(size.height, ((Number) content.get("height")).doubleValue()))));
        return write(name + ".png", Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Everything the page logged to the console since the browser started (Chrome's "browser" log). */
    public List<LogEntry> console() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(console);
    }

    /**
     * The console's errors (SEVERE): uncaught exceptions ("javascript 2:72 Uncaught Error: ..."), console.error
     * ("console-api 2:32 ..."), and requests answered with an error status or not at all
     * ("http://…/x.js - Failed to load resource: the server responded with a status of 404 ()").
     */
    public List<String> consoleErrors() {
        return console().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The console's errors but for failed requests: what the page's scripts threw or reported. */
    public List<String> javaScriptErrors() {
        return consoleErrors().stream().filter(message -> !FAILED_REQUEST.matcher(message).find()).toList();
    }

    /**
     * The requests of the page (its own and the browser's, like /favicon.ico) that failed, as "path status", e.g.
     * "/web/session/refresh 401", or "path net::ERR_…" when no answer came.
     */
    public List<String> failedRequests() {
        return consoleErrors().stream()
                .map(FAILED_REQUEST::matcher)
                .filter(Matcher::find)
                .map(failed -> URI.create(failed.group(1)).getRawPath() + " "
                        + (failed.group(2) != null ? failed.group(2) : failed.group(3)))
                .toList();
    }

    /** Saves a screenshot, the DOM and the console log as {@code <name>.png}, {@code .html} and {@code .log}. */
    void saveForDiagnosis(String name) {
        StringBuilder log = new StringBuilder("address: " + driver.getCurrentUrl() + "\ntitle: " + driver.getTitle()
                + "\n\nbrowser console:\n");
        console().forEach(entry -> log.append(Instant.ofEpochMilli(entry.getTimestamp())).append(' ')
                .append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
        write(name + ".log", log.toString().getBytes(StandardCharsets.UTF_8));
        write(name + ".html", driver.getPageSource().getBytes(StandardCharsets.UTF_8));
        screenshot(name);
    }

    private static Path write(String file, byte[] bytes) {
        try {
            return Files.write(Files.createDirectories(SCREENSHOTS).resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** A string as an XPath literal: XPath 1.0 has no escapes, so a text with both quote kinds becomes a concat(). */
    static String xpathString(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
