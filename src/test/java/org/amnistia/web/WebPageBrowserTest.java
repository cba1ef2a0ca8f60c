package org.amnistia.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The page end to end in Debian's headless Chromium, driven by its own chromedriver: nothing is
 * downloaded (Selenium Manager is never asked for a browser or a driver). A lawyer fills the form,
 * evaluates, and reads the verdict, the article, the doubt and the question to ask.
 */
class WebPageBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        installChromiumIfMissing();
        server = WebServer.start("127.0.0.1", 0);
        profile = Files.createTempDirectory("amnistia-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1800));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * On a fresh machine the browser may be missing: as root, install Debian's chromium and its driver;
     * otherwise (or if that fails) stop with a message saying what to install. Never skip silently.
     */
    private static void installChromiumIfMissing() {
        if (CHROMEDRIVER.canExecute() && CHROMIUM.canExecute()) {
            return;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            try {
                Process p = new ProcessBuilder("sh", "-c",
                        "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver")
                        .inheritIO().start();
                if (!p.waitFor(15, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
            } catch (IOException e) {
                fail("cannot run apt-get to install chromium: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!CHROMEDRIVER.canExecute() || !CHROMIUM.canExecute()) {
            fail("The browser test needs Debian's chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver): "
                    + "run 'apt-get install -y chromium chromium-driver' as root.");
        }
    }

    @BeforeEach
    void openThePage() {
        browser.get(server.uri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String text) {
        field(id).clear();
        field(id).sendKeys(text);
    }

    private void choose(String radioName, String value) {
        browser.findElement(By.cssSelector("input[name='" + radioName + "'][value='" + value + "']")).click();
    }

    /** Submits with the keyboard-reachable button and waits for a verdict other than the last one shown. */
    private WebElement evaluate() {
        WebElement before = field("verdict");
        String previous = before.getDomAttribute("data-evaluation");
        field("evaluate").click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> {
            String now = d.findElement(By.id("verdict")).getDomAttribute("data-evaluation");
            return now != null && !now.equals(previous);
        });
        return field("verdict");
    }

    private void screenshot(String name) throws IOException {
        browser.executeScript("window.scrollTo(0, 0); document.getElementById('result').scrollTop = 0;");
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_protest_of_30_july_2024_shows_eligible_citing_numeral_8_12() throws IOException {
        type("case-id", "protesta-2024");
        type("conduct-from", "2024-07-30");
        choose("political", "true");
        field("add-charge").click();
        browser.findElement(By.cssSelector("#charges .charge .offense")).sendKeys("incitación al odio");
        new Select(field("location")).selectByValue("VENEZUELA");
        new Select(field("detained")).selectByValue("true");
        new Select(field("stage")).selectByValue("CONTROL");

        WebElement verdict = evaluate();

        assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("ELIGIBLE");
        assertThat(field("verdict-label").getText()).isEqualTo("AMPARADO POR LA AMNISTÍA");
        assertThat(field("articles").getText()).contains("Art. 8.12");
        assertThat(browser.findElements(By.cssSelector("#findings li[data-article='8.12']"))).hasSize(1);
        assertThat(field("timeline").getDomAttribute("src")).contains("from=2024-07-30");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                        "const i = document.getElementById('timeline'); return i.complete && i.naturalWidth > 0;")));
        screenshot("verdict.png");
    }

    @Test
    void a_2_july_2021_case_with_no_event_stated_shows_not_eligible_under_art_8() {
        type("conduct-from", "2021-07-02");
        choose("political", "true");
        choose("charges-state", "none");

        WebElement verdict = evaluate();

        assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("NOT_ELIGIBLE");
        assertThat(field("verdict-label").getText()).isEqualTo("NO AMPARADO");
        assertThat(field("articles").getText()).isEqualTo("Art. 8");
        WebElement art8 = browser.findElement(By.cssSelector("#findings li[data-article='8']"));
        assertThat(art8.getText()).contains("NO AMPARA");
    }

    @Test
    void a_2_august_2024_case_shows_doubt_d05_and_what_the_strict_reading_would_say() throws IOException {
        type("conduct-from", "2024-08-02");
        choose("political", "true");
        choose("ceased", "true");
        choose("charges-state", "none");

        WebElement verdict = evaluate();

        assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("ELIGIBLE");
        WebElement d05 = browser.findElement(By.cssSelector("#doubts li[data-doubt='D05']"));
        assertThat(d05.isDisplayed()).isTrue();
        assertThat(d05.getText()).contains("D05", "8.12", "Con la otra lectura de esta duda:", "NO AMPARADO");

        field("lang-switch").click();
        assertThat(field("verdict-label").getText()).isEqualTo("ELIGIBLE FOR THE AMNESTY");
        assertThat(browser.findElement(By.cssSelector("#doubts li[data-doubt='D05']")).getText())
                .contains("Under the other reading of this doubt:", "NOT ELIGIBLE");
        field("lang-switch").click();

        // The printed memo: the form is gone, the stamp, timeline and disclaimer remain.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(field("case-form").isDisplayed()).isFalse();
            assertThat(field("memo-stamp").getText()).contains("ley-2026", "favorable");
            assertThat(field("timeline").isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector("#result .disclaimer")).getText())
                    .contains("no es asesoría legal", "reconstrucción", "Art. 5");
            screenshot("memo.png");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void a_case_with_no_date_shows_the_question_to_ask() {
        choose("political", "true");
        choose("charges-state", "none");

        WebElement verdict = evaluate();

        assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("UNDETERMINED");
        WebElement question = browser.findElement(By.cssSelector("#missing li[data-fact='conduct.from']"));
        assertThat(question.isDisplayed()).isTrue();
        assertThat(question.getText()).contains("¿En qué fecha ocurrió la conducta");
    }

    @Test
    void a_badly_written_date_is_reported_next_to_the_form_naming_the_field() {
        type("conduct-from", "30/07/2024");

        field("evaluate").click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(field("form-error")));
        assertThat(field("form-error").getText()).contains("conduct.from");
        assertThat(field("conduct-from").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("conduct-from");
    }
}
