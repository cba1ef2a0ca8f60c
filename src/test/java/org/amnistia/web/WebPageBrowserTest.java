package org.amnistia.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page end to end in Debian's headless Chromium, driven by its own chromedriver: nothing is
 * downloaded (Selenium Manager is never asked for a browser or a driver). A lawyer fills the form,
 * evaluates, and reads the verdict, the article, the doubt and the question to ask; on a 390 px phone
 * as well; and prints the memo to a PDF whose pages are read back.
 */
class WebPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A phone's screen: an iPhone 12–15's CSS width. */
    private static final int PHONE_WIDTH = 390;
    /** axe-core's script, as Deque's axe-core-selenium test dependency bundles it. */
    private static final String AXE_RESOURCE = "axe.min.js";

    private static WebServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.start("127.0.0.1", 0);
        chromium = HeadlessChromium.start(1400, 1800);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
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
        assertThat(field("articles-label").getText()).isEqualTo("Artículos aplicados");
        assertThat(field("articles").getText()).contains("Art. 8.12");
        assertThat(field("articles-examined").getText()).contains("Art. 6", "Art. 8.12", "Art. 9");
        assertThat(browser.findElement(By.cssSelector("#memo-stamp dd[data-stamp='stamp.case']")).getText())
                .isEqualTo("protesta-2024");
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
        // Article 8 decides it; it was not «applied». Every article examined stands on its own line.
        assertThat(field("articles-label").getText()).isEqualTo("Artículos que deciden");
        assertThat(field("articles").getText()).isEqualTo("Art. 8");
        assertThat(field("articles-examined").getText()).contains("Art. 6", "Art. 7", "Art. 8");
        WebElement art8 = browser.findElement(By.cssSelector("#findings li[data-article='8']"));
        assertThat(art8.getText()).contains("NO AMPARA");
        // Nothing on the page speaks of the court's deadline for a case the amnesty does not cover.
        assertThat(field("deadline-note").isDisplayed()).isFalse();
        assertThat(field("obligations").getText()).isEqualTo("Ninguna.");

        field("lang-switch").click();
        assertThat(field("articles-label").getText()).isEqualTo("Articles that decide");
        assertThat(browser.findElement(By.cssSelector(".articles dt:nth-of-type(2)")).getText())
                .isEqualTo("Articles examined");
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

        // The printed memo: the form and the buttons are gone; the stamp, the notice on top, the facts,
        // the timeline and the disclaimer remain.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(field("case-form").isDisplayed()).isFalse();
            assertThat(field("print-result").isDisplayed()).isFalse();
            assertThat(field("memo-stamp").getText()).contains("ley-2026", "favorable", "(sin referencia)");
            assertThat(field("memo-notice").getText()).contains("no es asesoría legal");
            assertThat(field("facts").isDisplayed()).isTrue();
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
        assertThat(field("articles-label").getText()).isEqualTo("Artículos que deciden");
        WebElement question = browser.findElement(By.cssSelector("#missing li[data-fact='conduct.from']"));
        assertThat(question.isDisplayed()).isTrue();
        assertThat(question.getText()).contains("¿En qué fecha ocurrió la conducta");
        // The court's deadline only if the case turns out to be covered, as the server's obligations say.
        assertThat(field("deadline-note").getText()).startsWith("Si se confirma el amparo:");
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

    @Test
    void the_memo_restates_the_facts_evaluated_in_the_pages_language() {
        type("conduct-from", "2024-07-30");
        choose("political", "true");
        field("add-charge").click();
        browser.findElement(By.cssSelector("#charges .charge .offense")).sendKeys("incitación al odio");
        browser.findElement(By.cssSelector("#charges .charge .attempt")).click();

        evaluate();

        assertThat(field("facts-title").getText()).isEqualTo("Hechos evaluados");
        Map<String, String> facts = facts();
        assertThat(facts).containsEntry("Conducta", "el 2024-07-30 (un solo día)")
                .containsEntry("Móvil político", "sí")
                .containsEntry("Cesó en la conducta", "no consta");
        assertThat(facts.get("Cargos")).contains("«incitación al odio»");

        field("lang-switch").click();
        assertThat(field("facts-title").getText()).isEqualTo("Facts evaluated");
        Map<String, String> english = facts();
        assertThat(english).containsEntry("Conduct", "on 2024-07-30 (a single day)")
                .containsEntry("Political motive", "yes")
                .containsEntry("Ceased the conduct", "not stated");
        assertThat(english).hasSameSizeAs(facts);
    }

    /** The facts' definition list as label → value, in the order shown. */
    private Map<String, String> facts() {
        List<WebElement> terms = browser.findElements(By.cssSelector("#facts > dt"));
        List<WebElement> values = browser.findElements(By.cssSelector("#facts > dd"));
        assertThat(terms).isNotEmpty().hasSameSizeAs(values);
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            facts.put(terms.get(i).getText(), values.get(i).getText());
        }
        return facts;
    }

    @Test
    void a_charge_typed_in_the_form_is_read_as_the_catalogue_reads_it_with_the_closest_codes_for_a_typo() {
        field("add-charge").click();
        WebElement offense = browser.findElement(By.cssSelector("#charges .charge .offense"));
        WebElement hint = browser.findElement(By.cssSelector("#charges .charge .offense-hint"));

        offense.sendKeys("Obstaculisación de la vía públca", Keys.TAB);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> hint.isDisplayed()
                && "UNRECOGNISED".equals(hint.getAttribute("data-status")));
        assertThat(hint.getText()).contains("No se reconoce").contains("¿Quiso decir OBSTACULIZACION_VIAS");

        offense.clear();
        offense.sendKeys("Cierre de vías", Keys.TAB);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "RECOGNISED".equals(hint.getAttribute("data-status")));
        assertThat(hint.getText()).startsWith("Reconocido: OBSTACULIZACION_VIAS");
        assertThat(offense.getAttribute("aria-describedby")).isEqualTo(hint.getAttribute("id"));
    }

    @Test
    void on_a_390_px_phone_the_form_two_charges_and_the_verdict_fit_the_screen() throws IOException {
        // Chrome's mobile emulation: a 390 px screen with the page's «width=device-width» viewport. A
        // page wider than the screen widens the layout viewport, so innerWidth must stay 390 as well.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            openThePage();
            type("conduct-from", "2024-08-02");
            choose("political", "true");
            field("add-charge").click();
            field("add-charge").click();
            List<WebElement> offenses = browser.findElements(By.cssSelector("#charges .charge .offense"));
            offenses.get(0).sendKeys("incitación al odio");
            offenses.get(1).sendKeys("resistencia a la autoridad");
            browser.findElements(By.cssSelector("#charges .charge .min-penalty")).get(1).sendKeys("2");
            assertFitsThePhone("two charges added");

            WebElement verdict = evaluate();

            assertThat(verdict.getDomAttribute("data-verdict")).isEqualTo("ELIGIBLE");
            assertFitsThePhone("the verdict shown");
            assertThat(verdict.isDisplayed()).isTrue();
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) browser.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width};",
                    verdict);
            assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH);
            assertThat(((Number) box.get("width")).doubleValue()).isGreaterThan(200);
            assertThat(field("print-result").isDisplayed()).isTrue();
            browser.executeScript("document.getElementById('verdict').scrollIntoView()");
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("phone-verdict.png"),
                    StandardCopyOption.REPLACE_EXISTING);

            field("lang-switch").click();
            assertFitsThePhone("the verdict in English");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * No horizontal scrolling at 390 px: the document is no wider than the screen, no element reaches past
     * its right edge, and the result (a scrolling box on a desktop) has nothing hidden sideways.
     */
    private void assertFitsThePhone(String when) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.executeScript("""
                const width = arguments[0];
                const wide = [...document.querySelectorAll('body *')].filter((e) => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && r.right > width + 0.5;
                }).slice(0, 8).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                  + ' right=' + Math.round(e.getBoundingClientRect().right));
                const result = document.getElementById('result');
                return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                  resultOverflow: result.scrollWidth - result.clientWidth, wide: wide };
                """, PHONE_WIDTH);
        long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
        long innerWidth = ((Number) m.get("innerWidth")).longValue();
        assertThat(innerWidth).as("%s: the layout viewport", when).isEqualTo(PHONE_WIDTH);
        assertThat(scrollWidth).as("%s: document.documentElement.scrollWidth", when).isLessThanOrEqualTo(innerWidth);
        assertThat(((Number) m.get("resultOverflow")).longValue()).as("%s: the result's own overflow", when)
                .isLessThanOrEqualTo(0);
        assertThat((List<?>) m.get("wide")).as("%s: elements past the right edge", when).isEmpty();
    }

    @Test
    void the_result_is_announced_once_and_can_be_printed_from_right_after_it() {
        // One polite live region on the whole page, and it is the verdict line; the result is not one.
        assertThat(politeLiveRegions()).containsExactly("verdict");
        assertThat(field("result").getDomAttribute("aria-live")).isNull();
        assertThat(field("verdict").getText()).isEmpty();

        type("conduct-from", "2021-07-02");
        choose("political", "true");
        choose("charges-state", "none");
        WebElement verdict = evaluate();

        assertThat(politeLiveRegions()).containsExactly("verdict");
        // What the live region says: the verdict's words alone (icon and code are hidden from it).
        assertThat(verdict.findElement(By.className("verdict-icon")).getDomAttribute("aria-hidden")).isEqualTo("true");
        assertThat(field("verdict-code").getDomAttribute("aria-hidden")).isEqualTo("true");
        assertThat(verdict.getText()).startsWith("✘").contains("NO AMPARADO");
        // Focus goes to the result's heading, not into the live region (which would be read twice).
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("result-title");

        // From there the keyboard reaches a print button without going back through the form.
        browser.executeScript("window.printed = 0; window.print = () => { window.printed++; };");
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 4 && !"print-result".equals(path.isEmpty() ? null : path.get(path.size() - 1)); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement now = browser.switchTo().activeElement();
            assertThat((Boolean) browser.executeScript("return document.getElementById('result').contains(arguments[0]);", now))
                    .as("Tab %d stays in the result (%s)", i + 1, now.getTagName()).isTrue();
            path.add(now.getDomAttribute("id") == null ? now.getTagName() : now.getDomAttribute("id"));
        }
        assertThat(path).as("the Tab path from the result's heading").last().isEqualTo("print-result");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(((Number) browser.executeScript("return window.printed;")).intValue()).isEqualTo(1);

        // Clearing the form empties the live region without a new announcement.
        field("reset").click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> field("verdict").getText().isEmpty());
        assertThat(field("print-result").isDisplayed()).isFalse();
    }

    /** The ids of the elements that announce politely: aria-live="polite", or role status or log without aria-live. */
    @SuppressWarnings("unchecked")
    private List<String> politeLiveRegions() {
        return (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('[aria-live], [role="status"], [role="log"], output')]
                  .filter((e) => (e.getAttribute('aria-live') || (e.matches('[role="alert"]') ? 'assertive' : 'polite')) === 'polite')
                  .map((e) => e.id || e.tagName);
                """);
    }

    @Test
    void the_printed_memo_carries_the_notice_on_page_one_and_the_reference_and_number_on_every_page() throws IOException {
        // No reference typed: the memo says so, and never shows the id the page sends for it.
        type("conduct-from", "2024-08-02");
        choose("political", "true");
        field("add-charge").click();
        browser.findElement(By.cssSelector("#charges .charge .offense")).sendKeys("incitación al odio");
        evaluate();
        waitForTheTimeline();

        List<String> pages = printToPdf("memo-sin-referencia.pdf");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).contains("Aviso: esto no es asesoría legal", "AMPARADO POR LA AMNISTÍA",
                "Expediente (sin referencia)", "Hechos evaluados", "Artículos aplicados", "Artículos examinados");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1)
                    .contains("Expediente: (sin referencia)", "Esto no es asesoría legal",
                            "Página " + (i + 1) + " de " + pages.size())
                    .doesNotContain("caso-web");
        }
        assertThat(pages.get(pages.size() - 1)).contains("reconstrucción a partir de fuentes públicas");

        // A reference with quotes and backslashes prints as typed on every page, in English too.
        String reference = "exp \"7\\B\" 2026";
        type("case-id", reference);
        evaluate();
        field("lang-switch").click();
        waitForTheTimeline();
        List<String> english = printToPdf("memo-en.pdf");
        assertThat(english.get(0)).contains("Notice: this is not legal advice", "ELIGIBLE FOR THE AMNESTY",
                "Facts evaluated", "Articles applied", "Articles examined");
        for (int i = 0; i < english.size(); i++) {
            assertThat(english.get(i)).as("page %d", i + 1)
                    .contains("Case file: " + reference, "This is not legal advice",
                            "Page " + (i + 1) + " of " + english.size());
        }
    }

    private void waitForTheTimeline() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                        "const i = document.getElementById('timeline'); return i.complete && i.naturalWidth > 0;")));
    }

    /** Prints the page as Chrome's print dialog would (CSS page size and margins) and reads back each page's text. */
    private List<String> printToPdf(String name) throws IOException {
        Map<String, Object> answer = browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) answer.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), pdf);
        return PdfText.pages(pdf);
    }

    @Test
    void axe_core_finds_no_violation_on_a_desktop_or_a_phone() {
        String axe;
        try (var in = WebPageBrowserTest.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            assertThat(in).as("axe-core's %s on the test classpath", AXE_RESOURCE).isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            }
            try {
                String where = phone ? "phone" : "desktop";
                openThePage();
                assertNoAxeViolation(axe, where + ", empty form");
                type("conduct-from", "2024-08-02");
                choose("political", "true");
                field("add-charge").click();
                field("add-charge").click();
                browser.findElement(By.cssSelector("#charges .charge .offense")).sendKeys("incitación al odio");
                evaluate();
                assertNoAxeViolation(axe, where + ", covered with a doubt, facts and two charges");
                field("conduct-from").clear();
                evaluate();
                assertNoAxeViolation(axe, where + ", undetermined with a question");
                field("lang-switch").click();
                assertNoAxeViolation(axe, where + ", in English");
            } finally {
                if (phone) {
                    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            }
        }
    }

    /** The roster view with a sheet chosen in its file field, once the proposed column map is shown. */
    private void chooseTheRoster(Path sheet) {
        field("view-roster").click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("roster-title");
        assertThat(field("case-form").isDisplayed()).isFalse();
        field("roster-file").sendKeys(sheet.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOf(field("mapping")));
    }

    /** Evaluates the roster shown and waits for its summary. */
    private void evaluateTheRoster() {
        field("roster-evaluate").click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOf(field("roster-result")));
    }

    /** What a download link of the page gives: the link is clicked and Chromium saves the file, read back here. */
    private byte[] downloaded(String linkId) throws IOException {
        Path folder = Files.createTempDirectory("amnistia-descargas-");
        try {
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", folder.toAbsolutePath().toString()));
            WebElement link = field(linkId);
            Path file = folder.resolve(link.getDomAttribute("download"));
            link.click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                    && folderHolds(folder, file));
            return Files.readAllBytes(file);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Whether the download is complete: the file is there and no partial download is left beside it. */
    private static boolean folderHolds(Path folder, Path file) {
        try (var files = Files.list(folder)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload")) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private String mappingNote(String header) {
        return browser.findElement(By.cssSelector("#mapping-table tr[data-header='" + header + "']")).getText();
    }

    @Test
    void an_ngo_workbook_is_mapped_evaluated_and_given_back_with_its_verdicts_and_its_rejects() throws IOException {
        chooseTheRoster(Path.of("cases/nominas/ong-lista.xlsx"));

        // The proposal: the usual Spanish names understood, the arrest date never taken for the conduct's.
        assertThat(mappingNote("Delitos imputados")).contains("charges");
        assertThat(mappingNote("Fecha de detención")).contains("(se ignora)", "no la de la conducta");
        assertThat(mappingNote("Fecha de los sucesos")).contains("(se ignora)");
        assertThat(field("mapping-doubts").getText()).contains("Régimen de presentación", "no hay fecha de la conducta");
        assertThat(field("mapping-yaml").getDomProperty("value")).contains("columnas:", "\"Delitos imputados\": charges");

        // The NGO edits the map as its file says (the date of the «sucesos» is the conduct's), and evaluates.
        String map = Files.readString(Path.of("cases/nominas/ong-mapa.yaml"), StandardCharsets.UTF_8);
        browser.executeScript("const t = document.getElementById('mapping-yaml'); t.value = arguments[0];"
                + " t.dispatchEvent(new Event('input'));", map);
        evaluateTheRoster();

        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("roster-result-title");
        WebElement counts = field("roster-counts");
        assertThat(counts.getText()).isEqualTo("24 filas: 21 veredictos y 3 rechazadas.");
        assertThat(browser.findElement(By.cssSelector("#by-verdict tr[data-key='ELIGIBLE']")).getText()).endsWith("14");
        assertThat(browser.findElement(By.cssSelector("#by-reject tr[data-key='Fecha de los sucesos']")).getText()).endsWith("2");
        assertThat(browser.findElement(By.cssSelector("#by-article tr[data-key='8.12']")).getText()).startsWith("Art. 8.12");
        screenshot("nomina.png");

        // The sheet comes back as the NGO's own rows with the verdict columns added.
        assertThat(field("sheet-download").getDomAttribute("download")).isEqualTo("ong-lista-veredictos.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(downloaded("sheet-download")))) {
            var sheet = book.getSheet("veredictos");
            var header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Nombres y apellidos");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("veredicto");
            assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("ELIGIBLE");
            assertThat(sheet.getRow(4).getCell(12).getStringCellValue()).isEqualTo("REJECTED");
            assertThat(sheet.getRow(4).getCell(16).getStringCellValue()).contains("31/02/2024");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + 24);
        }
        String rejects = new String(downloaded("rejects-download"), StandardCharsets.UTF_8);
        assertThat(rejects).startsWith("row,id,field,reason_es,reason_en").contains("celda F5", "celda F20", "id repetido");

        field("lang-switch").click();
        assertThat(counts.getText()).isEqualTo("24 rows: 21 verdicts and 3 rejected.");
        assertThat(mappingNote("Fecha de detención")).contains("(ignored)", "not the conduct's");
    }

    @Test
    void a_csv_dropped_on_the_page_is_read_with_its_spanish_headers_and_day_first_dates() throws IOException {
        field("view-roster").click();
        byte[] csv = Files.readAllBytes(Path.of("cases/nominas/ong-lista.csv"));
        browser.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
                const drop = new DataTransfer();
                drop.items.add(new File([bytes], 'ong-lista.csv', { type: 'text/csv' }));
                document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true }));
                """, Base64.getEncoder().encodeToString(csv));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOf(field("mapping")));
        assertThat(mappingNote("Fecha de los sucesos")).contains("(se ignora)");

        // With the map as proposed (no conduct date), every row is still accounted for.
        evaluateTheRoster();
        assertThat(field("roster-counts").getDomAttribute("data-rows")).isEqualTo("24");
        assertThat(Integer.parseInt(field("roster-counts").getDomAttribute("data-verdicts"))
                + Integer.parseInt(field("roster-counts").getDomAttribute("data-rejects"))).isEqualTo(24);
        assertThat(browser.findElement(By.cssSelector("#by-verdict tr[data-key='UNDETERMINED']")).getText()).doesNotEndWith(" 0");
    }

    @Test
    void axe_core_finds_no_violation_in_the_roster_view() throws IOException {
        String axe;
        try (var in = WebPageBrowserTest.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        chooseTheRoster(Path.of("cases/nominas/ong-lista.xlsx"));
        assertNoAxeViolation(axe, "roster, the map proposed");
        evaluateTheRoster();
        assertNoAxeViolation(axe, "roster, evaluated");
        field("lang-switch").click();
        assertNoAxeViolation(axe, "roster, in English");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            assertNoAxeViolation(axe, "roster, on a phone");
            assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth;")).intValue())
                    .as("the roster view fits a phone").isLessThanOrEqualTo(PHONE_WIDTH);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void assertNoAxeViolation(String axe, String when) {
        browser.executeScript(axe + "\nreturn true;");
        Object violations = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then((r) => done(r.violations.map((v) => v.id + ': '
                  + v.nodes.map((n) => n.target.join(' ')).join(' | '))));
                """);
        assertThat((List<?>) violations).as("axe-core violations, %s", when).isEmpty();
    }

    /**
     * The text of each page of a PDF from Chromium (Skia), with no PDF library: the pages in the order of
     * the page tree, each content stream inflated, each glyph mapped back to text through its font's
     * ToUnicode map. Enough to read what a page says, not a general PDF reader.
     */
    static final class PdfText {

        private static final Pattern OBJECT = Pattern.compile("(?s)(\\d+) 0 obj\\s*(.*?)endobj");
        private static final Pattern REF = Pattern.compile("(\\d+) 0 R");
        private static final Pattern TOKEN = Pattern.compile("<([0-9A-Fa-f]*)>|/(\\w+)\\s+[-.\\d]+\\s+Tf|\\b(ET)\\b");

        private final Map<Integer, String> objects = new HashMap<>();

        private PdfText(byte[] pdf) {
            Matcher m = OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
            while (m.find()) {
                objects.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }

        static List<String> pages(byte[] pdf) {
            PdfText file = new PdfText(pdf);
            String tree = file.objects.values().stream().filter(o -> o.contains("/Type /Pages") && o.contains("/Kids"))
                    .filter(o -> !o.contains("/Parent")).findFirst().orElseThrow();
            List<String> pages = new ArrayList<>();
            file.collectPages(tree, pages);
            return pages;
        }

        private void collectPages(String node, List<String> pages) {
            String kids = node.substring(node.indexOf("/Kids"), node.indexOf(']', node.indexOf("/Kids")));
            Matcher ref = REF.matcher(kids);
            while (ref.find()) {
                String kid = objects.get(Integer.parseInt(ref.group(1)));
                if (kid.contains("/Type /Pages")) {
                    collectPages(kid, pages);
                } else {
                    pages.add(pageText(kid));
                }
            }
        }

        private String pageText(String page) {
            Map<String, Map<Integer, String>> fonts = new HashMap<>();
            Matcher font = Pattern.compile("/(\\w+) (\\d+) 0 R").matcher(dictionary(page, "/Font"));
            while (font.find()) {
                Matcher toUnicode = Pattern.compile("/ToUnicode (\\d+) 0 R").matcher(objects.get(Integer.parseInt(font.group(2))));
                fonts.put(font.group(1), toUnicode.find() ? cmap(stream(Integer.parseInt(toUnicode.group(1)))) : Map.of());
            }
            StringBuilder text = new StringBuilder();
            String contents = page.substring(page.indexOf("/Contents"));
            Matcher content = REF.matcher(contents.startsWith("/Contents [")
                    ? contents.substring(0, contents.indexOf(']')) : contents.substring(0, contents.indexOf(" R") + 2));
            while (content.find()) {
                Map<Integer, String> current = Map.of();
                Matcher token = TOKEN.matcher(stream(Integer.parseInt(content.group(1))));
                while (token.find()) {
                    if (token.group(2) != null) {
                        current = fonts.getOrDefault(token.group(2), Map.of());
                    } else if (token.group(3) != null) {
                        text.append(' ');  // the end of a run of text: a line, a cell, a margin box
                    } else {
                        String hex = token.group(1);
                        for (int i = 0; i + 4 <= hex.length(); i += 4) {
                            text.append(current.getOrDefault(Integer.parseInt(hex.substring(i, i + 4), 16), ""));
                        }
                    }
                }
            }
            return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }

        /** The inline dictionary after {@code key} («/Font <<…>>»), or the indirect one it points to. */
        private String dictionary(String object, String key) {
            int at = object.indexOf(key);
            if (at < 0) {
                return "";
            }
            String rest = object.substring(at + key.length()).strip();
            Matcher ref = Pattern.compile("^(\\d+) 0 R").matcher(rest);
            if (ref.find()) {
                return objects.get(Integer.parseInt(ref.group(1)));
            }
            int depth = 0;
            for (int i = 0; i + 1 < rest.length(); i++) {
                if (rest.startsWith("<<", i)) {
                    depth++;
                    i++;
                } else if (rest.startsWith(">>", i)) {
                    depth--;
                    i++;
                    if (depth == 0) {
                        return rest.substring(0, i + 1);
                    }
                }
            }
            return rest;
        }

        private String stream(int number) {
            String object = objects.get(number);
            int start = object.indexOf("stream") + "stream".length();
            start += object.startsWith("\r\n", start) ? 2 : object.startsWith("\n", start) ? 1 : 0;
            byte[] raw = object.substring(start, object.lastIndexOf("endstream")).getBytes(StandardCharsets.ISO_8859_1);
            if (!object.substring(0, start).contains("/FlateDecode")) {
                return new String(raw, StandardCharsets.ISO_8859_1);
            }
            Inflater inflater = new Inflater();
            inflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            try {
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } catch (DataFormatException e) {
                throw new IllegalStateException("object " + number + ": " + e.getMessage(), e);
            } finally {
                inflater.end();
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }

        /** A ToUnicode CMap's bfchar and bfrange entries: glyph code → text. */
        private static Map<Integer, String> cmap(String cmap) {
            Map<Integer, String> map = new HashMap<>();
            Matcher chars = Pattern.compile("(?s)beginbfchar(.*?)endbfchar").matcher(cmap);
            while (chars.find()) {
                Matcher pair = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>").matcher(chars.group(1));
                while (pair.find()) {
                    map.put(Integer.parseInt(pair.group(1), 16), utf16(pair.group(2)));
                }
            }
            Matcher ranges = Pattern.compile("(?s)beginbfrange(.*?)endbfrange").matcher(cmap);
            while (ranges.find()) {
                Matcher range = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>").matcher(ranges.group(1));
                while (range.find()) {
                    int from = Integer.parseInt(range.group(1), 16);
                    int to = Integer.parseInt(range.group(2), 16);
                    String first = utf16(range.group(3));
                    for (int code = from; code <= to; code++) {
                        map.put(code, first.substring(0, first.length() - 1)
                                + (char) (first.charAt(first.length() - 1) + (code - from)));
                    }
                }
            }
            return map;
        }

        private static String utf16(String hex) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i + 4 <= hex.length(); i += 4) {
                s.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
            }
            return s.toString();
        }
    }
}
