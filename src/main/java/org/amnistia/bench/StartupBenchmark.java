package org.amnistia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lawyer's first answer: one cold {@code check} of one case, as a user runs it (through the
 * {@code amnistia} launcher beside the jar when there is one, so with its JVM settings and class
 * archive), against {@code java -version} started the same way, alternated and taken by the
 * median. The ratio says what the program adds to starting Java, whatever the machine's speed.
 */
public final class StartupBenchmark {

    /** Median wall-clock milliseconds of each, and their ratio. */
    public record Result(double checkMillis, double javaVersionMillis, boolean throughLauncher) {

        public double ratio() {
            return checkMillis / javaVersionMillis;
        }
    }

    private static final String CASE = """
            {"id": "arranque", "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
             "charges": [{"offense": "Terrorismo (art. 52 LOCDOFT)"}],
             "person": {"location": "VENEZUELA", "detained": true}, "proceeding": {"stage": "CONTROL"}}""";

    private StartupBenchmark() {
    }

    public static Result run(int runs, Path work) throws IOException, InterruptedException {
        Path caseFile = Files.writeString(work.resolve("arranque.json"), CASE, StandardCharsets.UTF_8);
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = jar();
        Path launcher = jar == null ? null : jar.getParent().getParent().resolve("amnistia");
        boolean viaLauncher = launcher != null && Files.isExecutable(launcher);
        List<String> check = viaLauncher ? List.of(launcher.toString(), "check", caseFile.toString())
                : List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-jar",
                String.valueOf(jar), "check", caseFile.toString());
        // The launcher's flags for a one-case check (its quick_opts), so the ratio is what the program adds.
        List<String> version = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-version");
        time(check, work); // the launcher makes its class archive on the first run: not measured
        double[] checks = new double[runs];
        double[] versions = new double[runs];
        for (int i = 0; i < runs; i++) {
            checks[i] = time(check, work);
            versions[i] = time(version, work);
        }
        return new Result(median(checks), median(versions), viaLauncher);
    }

    private static double time(List<String> command, Path work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        double millis = (System.nanoTime() - t0) / 1e6;
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + ": exit " + exit);
        }
        return millis;
    }

    /** The jar this program runs from, or {@code null} when it runs from classes (a test). */
    private static Path jar() {
        try {
            Path location = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
