package org.amnistia.web;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Test support: Debian's headless Chromium driven by its own chromedriver, as the browser tests
 * use it. Nothing is downloaded (Selenium Manager is never asked for a browser or a driver); on a
 * fresh machine, as root, Debian's packages are installed; otherwise the test fails saying what to
 * install — it never skips silently. Closing quits the browser and removes its profile.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser with a window of {@code width} × {@code height} CSS pixels. */
    public static HeadlessChromium start(int width, int height) throws IOException {
        installIfMissing();
        Path profile = Files.createTempDirectory("amnistia-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new HeadlessChromium(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static void installIfMissing() {
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
            fail("The browser tests need Debian's chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver): "
                    + "run 'apt-get install -y chromium chromium-driver' as root.");
        }
    }
}
