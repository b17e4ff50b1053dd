package org.hros.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for journey tests, registered with {@code @RegisterExtension} on a static field of a test
 * class that runs the application on a random port. Each {@link #session} starts a browser with an empty profile
 * (no cookies, no storage), so the author, an editor and a visitor never share a login. When a test fails, the
 * page in front of the browser is saved to {@code target/browser-screenshots/} as a PNG and as HTML.
 *
 * <p>Only the Debian packages are used: the driver and the browser are given by path, so Selenium Manager never
 * downloads anything.
 */
public final class Browser
        implements ExecutionCondition, BeforeEachCallback, TestExecutionExceptionHandler, AfterEachCallback {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private static final By ACCOUNT_TOGGLE = By.cssSelector("details.account-menu > summary");

    static final Path CHROMIUM = Path.of(System.getProperty("hros.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("hros.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final Path PROFILES = Path.of("target", "browser-profiles");
    static final String MISSING =
            "Browser tests need Chromium and chromedriver: apt-get install -y chromium chromium-driver (see .ci/run)";

    private String baseUrl;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private String who = "none";

    /**
     * Skips, rather than passes, every test of the class on a machine without the browser. A condition and not
     * an assumption in {@code @BeforeAll}: Surefire reports a class aborted there as "Tests run: 0, Skipped: 0"
     * (SUREFIRE-2300), while a disabled class shows as skipped, with this message, and starts no application.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                ? ConditionEvaluationResult.enabled("Chromium found")
                : ConditionEvaluationResult.disabled(MISSING);
    }

    /** Finds the application under test: the random port of the test's Spring application context. */
    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        baseUrl = "http://localhost:" + port;
    }

    /** Ends the current session, if any, and starts a fresh browser for {@code who} (named in screenshots). */
    public Browser session(String who) {
        quit();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        this.who = who;
        try {
            profile = Files.createDirectories(PROFILES).resolve(who + "-" + UUID.randomUUID());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
        return this;
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("Start a session first");
        }
        return driver;
    }

    /** Opens a path (with its query) of the application under test. */
    public void open(String pathAndQuery) {
        driver().get(baseUrl + pathAndQuery);
    }

    /** The path and query of the current page, without the host. */
    public String path() {
        String url = driver().getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /**
     * Waits for an element to be visible and returns it. A page that is replaced while it is looked at (a redirect
     * after a form, an htmx swap) is looked at again, not reported as an error.
     */
    public WebElement visible(By by) {
        ExpectedCondition<WebElement> shown = ExpectedConditions.visibilityOfElementLocated(by);
        return until(d -> {
            try {
                return shown.apply(d);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * The text of a visible element as written in the page, whitespace collapsed: unlike
     * {@link WebElement#getText()}, not upper-cased by the stylesheet.
     */
    public String text(By by) {
        return visible(by).getDomProperty("textContent").strip().replaceAll("\\s+", " ");
    }

    public void type(By field, String text) {
        fresh(() -> {
            WebElement element = visible(field);
            script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
            element.clear();
            element.sendKeys(text);
        });
    }

    /**
     * Clicks an element once it can be clicked, first scrolled to the middle of the window: the editor's
     * sticky action bar would otherwise cover a field that the browser scrolled just into view at the bottom.
     */
    public void click(By by) {
        fresh(() -> {
            WebElement element = until(ExpectedConditions.elementToBeClickable(by));
            script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
            element.click();
        });
    }

    /**
     * Runs an action on an element found afresh if the page replaced it in between (a navigation or an htmx swap
     * that was still under way when it was found): the element is then looked up again on the new page.
     */
    private static void fresh(Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Logs in through the log-in page with the fixtures' password and waits until the page offers to log out;
     * {@code messages} give the page's texts.
     */
    public void logIn(String email, org.springframework.context.MessageSource messages) {
        logIn(email, TestFixtures.PASSWORD, messages);
    }

    /** Logs in through the log-in page with this password, as {@link #logIn(String, org.springframework.context.MessageSource)} does. */
    public void logIn(String email, String password, org.springframework.context.MessageSource messages) {
        java.util.function.Function<String, String> t = key -> messages.getMessage(key, null, java.util.Locale.ENGLISH);
        open("/login");
        waitForHeading(t.apply("login.heading"));
        type(By.id("email"), email);
        type(By.id("password"), password);
        click(button(t.apply("login.submit")));
        waitForSignedIn();
    }

    /** Waits until the header shows the account menu of a signed-in member. */
    public void waitForSignedIn() {
        visible(ACCOUNT_TOGGLE);
    }

    /** The name on the account menu's toggle: who the header says is signed in. */
    public String accountName() {
        return text(By.cssSelector(".account-menu__name"));
    }

    /** Opens the account menu in the header, unless it is open already. */
    public void openAccountMenu() {
        WebElement menu = visible(By.cssSelector("details.account-menu"));
        if (menu.getDomAttribute("open") == null) {
            click(ACCOUNT_TOGGLE);
        }
        visible(By.cssSelector("details.account-menu[open] .account-menu__panel"));
    }

    /**
     * Follows a link of the header by its text: a main link as it is, a link of the member's own spaces (my cases,
     * circles, review queue, admin...) by opening the account menu first, as a member would.
     */
    public void navigate(String label) {
        By inMenu =
                By.xpath("//details[contains(@class, 'account-menu')]//a[normalize-space()=" + literal(label) + "]");
        if (!driver().findElements(inMenu).isEmpty()) {
            openAccountMenu();
            click(inMenu);
        } else {
            click(By.xpath("//header//a[normalize-space()=" + literal(label) + "]"));
        }
    }

    /** Logs out through the account menu. */
    public void logOut(org.springframework.context.MessageSource messages) {
        openAccountMenu();
        click(button(messages.getMessage("nav.logout", null, java.util.Locale.ENGLISH)));
    }

    /** Waits for the page's main heading to read {@code text}. */
    public void waitForHeading(String text) {
        until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** Runs a script that ends by calling its last argument, and returns what it passed. */
    public Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeAsyncScript(script, args);
    }

    /**
     * The errors in the console of this session since the last call: scripts that failed, resources refused by
     * the Content-Security-Policy, requests that failed. The missing favicon is left out.
     */
    public List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
    }

    /** A button whose visible text is exactly {@code label}. */
    public static By button(String label) {
        return By.xpath("//button[normalize-space()=" + literal(label) + "]");
    }

    /** A link whose visible text is exactly {@code label}. */
    public static By link(String label) {
        return By.xpath("//a[normalize-space()=" + literal(label) + "]");
    }

    /** {@code text} as an XPath string literal. */
    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            try {
                capture(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        quit();
    }

    /** Saves a screenshot and the page source of the current page; returns the screenshot's path. */
    public Path capture(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            String stem = name + "-" + who + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
            Path png = SCREENSHOTS.resolve(stem + ".png");
            Files.write(png, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    SCREENSHOTS.resolve(stem + ".html"),
                    "<!-- " + driver().getCurrentUrl() + " -->\n" + driver().getPageSource(),
                    StandardCharsets.UTF_8);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                wait = null;
                deleteProfile();
            }
        }
    }

    private void deleteProfile() {
        if (profile == null || !Files.exists(profile)) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left behind under target/ is harmless; the next clean removes it.
        }
        profile = null;
    }
}
