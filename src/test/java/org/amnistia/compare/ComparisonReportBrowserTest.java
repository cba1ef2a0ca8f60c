package org.amnistia.compare;

import org.amnistia.cli.CommandLineRun;
import org.amnistia.web.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report a legislator hands round ({@code compare --report}), opened in Debian's headless
 * Chromium as {@code WebPageBrowserTest} opens the page (its own chromedriver, nothing downloaded):
 * it loads from the file alone, its counts are the rows of the CSV of changes, it switches to
 * English, and it prints to PDF.
 */
class ComparisonReportBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static Path report;
    private static Map<String, Long> csvCounts;

    @BeforeAll
    static void compareTheSampleRosterAndOpenTheReport() throws IOException {
        report = dir.resolve("informe.html");
        Path changes = dir.resolve("cambios.csv");
        CommandLineRun cli = new CommandLineRun();
        int exit = cli.run("compare", "cases/nominas/muestra.csv", "--law", "proyecto-2026-02-05", "--law", "ley-2026",
                "-o", changes.toString(), "--near", "7", "--report", report.toString(), "--threads", "1");
        assertThat(exit).as(cli.err.toString()).isZero();
        csvCounts = new HashMap<>();
        for (String line : Files.readAllLines(changes, StandardCharsets.UTF_8).subList(1, Files.readAllLines(changes).size())) {
            csvCounts.merge(line.split(",", 5)[3], 1L, Long::sum);
        }

        chromium = HeadlessChromium.start(1100, 1600);
        browser = chromium.driver();
        browser.get(report.toUri().toString());
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static long count(String key) {
        WebElement cell = browser.findElement(By.cssSelector("[data-count='" + key + "']"));
        return Long.parseLong(cell.getText().replaceAll("\\D", ""));
    }

    @Test
    void the_report_is_one_file_that_loads_nothing_from_elsewhere() throws IOException {
        String html = Files.readString(report, StandardCharsets.UTF_8);

        assertThat(html).doesNotContainPattern("(?i)\\b(src|href)\\s*=").doesNotContain("<link").doesNotContain("@import")
                .doesNotContainPattern("url\\((?!#)").contains("<svg");
        assertThat(html).contains("proyecto-2026-02-05").contains("Gaceta Oficial Extraordinaria N° 6.990")
                .contains("asambleanacional.gob.ve");
    }

    @Test
    void the_counts_of_gains_losses_and_other_changes_are_the_rows_of_the_csv() {
        assertThat(count("gains")).isEqualTo(csvCounts.getOrDefault("gains", 0L)).isEqualTo(20);
        assertThat(count("loses")).isEqualTo(csvCounts.getOrDefault("loses", 0L)).isEqualTo(3);
        assertThat(count("changes")).isEqualTo(csvCounts.getOrDefault("changes", 0L)).isEqualTo(30);
        assertThat(count("rows")).isEqualTo(200);
        assertThat(count("unchanged-ELIGIBLE") + count("unchanged-NOT_ELIGIBLE") + count("unchanged-UNDETERMINED")
                + count("gains") + count("loses") + count("changes")).isEqualTo(count("compared"));

        long byArticle = browser.findElements(By.cssSelector("#por-articulo tr[data-change] td.n")).stream()
                .mapToLong(td -> Long.parseLong(td.getText().replaceAll("\\D", ""))).sum();
        assertThat(byArticle).as("the table by article counts every change once").isEqualTo(53);
        assertThat(browser.findElement(By.cssSelector("#por-articulo tr.gains")).getText()).contains("gana");
    }

    @Test
    void the_chart_draws_every_dated_gain_and_loss_and_both_sides_windows() {
        List<WebElement> gains = browser.findElements(By.cssSelector("#grafico svg rect.gain"));
        List<WebElement> losses = browser.findElements(By.cssSelector("#grafico svg rect.loss"));
        long drawnGains = gains.stream().mapToLong(r -> Long.parseLong(r.getDomProperty("textContent").replaceAll(".*\\+", "")))
                .sum();

        assertThat(drawnGains).as("every gain has a conduct date in the sample").isEqualTo(20);
        assertThat(losses).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#grafico svg")).getDomProperty("textContent"))
                .contains("A: proyecto-2026-02-05").contains("B: ley-2026");
    }

    @Test
    void the_report_names_what_the_law_changes_and_who_sits_near_a_bound() {
        String changes = browser.findElement(By.id("cambios-de-la-ley")).getText();
        assertThat(changes).contains("Ventanas que se mueven").contains("LESIONES_GRAVISIMAS")
                .contains("Reglas añadidas (81)").contains("Dudas que aparecen (8)").contains("D12");
        assertThat(browser.findElements(By.cssSelector("#cerca td[data-near]"))).isNotEmpty();
    }

    @Test
    void it_switches_to_english_and_prints_to_pdf() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("informe-es.png"), browser.getScreenshotAs(OutputType.BYTES));
        WebElement title = browser.findElement(By.tagName("h1"));
        assertThat(title.getText()).isEqualTo("Informe de comparación de versiones de la ley de amnistía");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(title.getText()).isEqualTo("Comparison report of versions of the amnesty law");
        assertThat(browser.findElement(By.id("cifras")).getText()).contains("Gain").doesNotContain("Ganan");
        Files.write(SCREENSHOTS.resolve("informe-en.png"), browser.getScreenshotAs(OutputType.BYTES));

        Map<String, Object> answer = browser.executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] pdf = Base64.getDecoder().decode((String) answer.get("data"));
        Files.write(SCREENSHOTS.resolve("informe-en.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/Type /Page");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(title.getText()).startsWith("Informe");
    }
}
