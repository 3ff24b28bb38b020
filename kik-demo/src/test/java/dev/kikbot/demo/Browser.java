package dev.kikbot.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through its own chromedriver: nothing is looked up or downloaded (the driver and
 * the browser are named, Selenium Manager is never asked), Selenium's java.util.logging chatter is off, and
 * the browser's console is collected so a test can insist it stayed clean.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Held, or java.util.logging may collect the logger and forget its level. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        // Selenium warns through java.util.logging when its CDP bindings are older than the browser; the test
        // uses none of them, and a passing run prints nothing.
        SELENIUM_LOG.setLevel(Level.OFF);
        System.setProperty("webdriver.chrome.driver", ChromiumAvailable.CHROMEDRIVER.toString());
        try {
            Files.createDirectories(SCREENSHOTS);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogOutput(Files.newOutputStream(Path.of("target", "chromedriver.log")))
                    .withEnvironment(Map.of("SE_AVOID_STATS", "true"))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
            // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,900",
                    "--disable-gpu", "--no-first-run", "--disable-extensions", "--lang=en-US");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            return new Browser(new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** @return a wait that looks again when the page redrew what it was looking at */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** @return the button inside {@code container} whose accessible name is {@code name} */
    WebElement button(WebElement container, String name) {
        return waiting().withMessage(() -> "a button named \"" + name + "\" in " + container.getTagName() + " "
                + container.getAttribute("aria-label")).until(driver -> container.findElements(By.tagName("button"))
                .stream().filter(b -> name.equals(b.getAccessibleName())).findFirst().orElse(null));
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png} and collects the console so far. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collectConsole();
        return file;
    }

    /** @return the console's errors (level SEVERE: uncaught exceptions, console.error, failed loads) so far */
    List<String> consoleErrors() {
        collectConsole();
        return console.stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    private void collectConsole() {
        // Chrome hands each entry out once, and drops them on navigation unless read first.
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
