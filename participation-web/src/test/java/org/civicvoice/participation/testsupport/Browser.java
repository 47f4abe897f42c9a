package org.civicvoice.participation.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by Selenium,
 * with the axe-core accessibility rules at hand and its console read for what the pages' security policy refused.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final List<String> POLICY_VIOLATIONS = List.of("Content Security Policy", "Refused to execute",
            "Refused to load", "Refused to evaluate");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver; ./test.sh installs them)");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The serious and critical violations of the axe-core rules on the current page, described for a reader. */
    public String seriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return describe(results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList());
    }

    /** Every violation of the axe-core rules on the current page, whatever its impact, described for a reader. */
    public String accessibilityViolations() {
        return describe(new AxeBuilder().analyze(driver).getViolations());
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * What the pages' Content-Security-Policy refused (scripts, handlers, loads) since the last question, as Chromium's
     * console reported it; empty when nothing was refused.
     */
    public String securityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> POLICY_VIOLATIONS.stream().anyMatch(message::contains))
                .collect(Collectors.joining("\n"));
    }

    /** Keeps a screenshot for a person to look at, under target/it-reports. */
    public void screenshot(String name) {
        try {
            Path reports = Files.createDirectories(Path.of(System.getProperty("it.reports", "target/it-reports")));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), reports.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
