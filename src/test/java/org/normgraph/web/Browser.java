package org.normgraph.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, one per test class: Debian's {@code /usr/bin/chromium}
 * driven by {@code /usr/bin/chromedriver}, with a fresh profile and nothing that reaches the
 * network (no Selenium Manager, no browser download, no background services). Screenshots go to
 * {@code target/screenshots/NAME.png}.
 *
 * <pre>{@code
 * @RegisterExtension static final Browser browser = new Browser();
 *
 * browser.open(server.url() + "id/china");
 * browser.waitFor(By.id("entity-label"));
 * browser.screenshot("actor-page");
 * }</pre>
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private WebDriver driver;
    private ChromeDriverService service;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        for (String f : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(f))) {
                throw new IllegalStateException("browser tests need " + f
                        + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER); // never ask Selenium Manager
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("normgraph-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--window-size=1366,900",
                "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (service != null) service.stop();
            deleteQuietly(profile);
        }
    }

    public WebDriver driver() { return driver; }

    /** Loads a URL and waits for the document to be complete. */
    public void open(String url) {
        driver.get(url);
        waitUntil(d -> "complete".equals(script("return document.readyState")));
    }

    public String url() { return driver.getCurrentUrl(); }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until an element is visible and returns it. */
    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until an element's text contains {@code text} and returns the element. */
    public WebElement waitForText(By by, String text) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /** Waits until at least {@code n} elements match and returns them. */
    public List<WebElement> waitForAtLeast(By by, int n) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.numberOfElementsToBeMoreThan(by, n - 1));
    }

    /**
     * Waits until at least {@code n} elements match a CSS selector and returns their texts, read in
     * one go in the page (safe against elements a script redraws meanwhile, such as table rows).
     */
    @SuppressWarnings("unchecked")
    public List<String> waitForTexts(String css, int n) {
        return waitUntil(d -> {
            List<String> texts = (List<String>) script(
                    "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText)", css);
            return texts != null && texts.size() >= n ? texts : null;
        });
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition::apply);
    }

    /** Waits until an element can be clicked, scrolls to it and clicks it. */
    public void click(By by) {
        WebElement e = new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.elementToBeClickable(by));
        script("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Saves what the browser shows to {@code target/screenshots/NAME.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
