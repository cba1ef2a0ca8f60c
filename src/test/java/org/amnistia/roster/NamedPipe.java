package org.amnistia.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A named pipe (FIFO) for the tests that give one as a roster; the test is skipped where mkfifo is missing. */
public final class NamedPipe {

    private NamedPipe() {
    }

    /** Makes a FIFO at {@code path}, or skips the calling test when this system cannot. */
    public static Path at(Path path) throws InterruptedException {
        boolean made;
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        return path;
    }
}
