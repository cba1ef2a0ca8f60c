package org.amnistia.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster run leaves nothing half-written and never destroys its input: an output named like the
 * roster is refused before anything is opened; a run killed, interrupted with Ctrl-C or stopped
 * with SIGTERM in the middle leaves no file under any target's name (an older one stays as it was),
 * and an interruption says how many rows it evaluated and exits 130 or 143. Real processes, real
 * signals.
 */
class NothingHalfWrittenTest {

    @TempDir
    static Path dir;

    private static Path roster;

    @BeforeAll
    static void aRosterLongEnoughToStopHalfway() throws IOException {
        roster = dir.resolve("nomina.csv");
        new GenerateCommand().write(roster, 400_000, 3);
    }

    @Test
    void an_output_named_like_the_roster_is_refused_and_the_roster_is_untouched() throws IOException {
        byte[] before = Files.readAllBytes(roster);
        String v = dir.resolve("v.csv").toString();
        for (String[] args : List.of(
                new String[]{"batch", roster.toString(), "-o", roster.toString()},
                new String[]{"batch", roster.toString(), "-o", v, "--rejects", roster.toString()},
                new String[]{"batch", roster.toString(), "-o", v, "--summary", v},
                new String[]{"compare", roster.toString(), "--law", "ley-2026", "--law", "proyecto-2026-02-05",
                        "--summary", roster.toString()})) {
            CommandLineRun run = new CommandLineRun();
            assertThat(run.run(args)).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err.toString()).as(String.join(" ", args))
                    .contains(args[args.length - 1]).containsAnyOf("entrada", "mismo archivo");
        }
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
        assertThat(dir.resolve("v.csv")).doesNotExist();
    }

    @Test
    void a_run_killed_halfway_leaves_no_file_under_a_targets_name_and_an_older_one_as_it_was() throws Exception {
        Path out = dir.resolve("kill.jsonl");
        Files.writeString(out, "una corrida anterior\n");
        Process p = batch(out, "kill");
        waitUntilWriting(p, "kill");
        p.destroyForcibly().waitFor(20, TimeUnit.SECONDS); // SIGKILL: no handler, no hook runs

        assertThat(Files.readString(out)).isEqualTo("una corrida anterior\n");
        assertThat(dir.resolve("kill-rechazos.csv")).doesNotExist();
        assertThat(dir.resolve("kill-resumen.json")).doesNotExist();
    }

    @Test
    void ctrl_c_stops_reading_says_what_happened_writes_no_file_and_exits_130() throws Exception {
        Path out = dir.resolve("int.jsonl");
        Process p = batch(out, "int");
        waitUntilWriting(p, "int");
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(Files.readString(dir.resolve("int.err"), StandardCharsets.UTF_8))
                .contains("interrumpido por Ctrl-C").contains("no se escribió ningún archivo");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("int-resumen.json")).doesNotExist();
        assertNoTemporaryLeft("int");
    }

    @Test
    void sigterm_stops_the_same_way_and_exits_143() throws Exception {
        Path out = dir.resolve("term.jsonl");
        Process p = batch(out, "term");
        waitUntilWriting(p, "term");
        p.destroy(); // SIGTERM

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(out).doesNotExist();
        assertNoTemporaryLeft("term");
    }

    /** {@code amnistia batch} in a JVM of its own, as a user runs it. */
    private static Process batch(Path out, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Amnistia.class.getName(), "batch", roster.toString(), "-o", out.toString(),
                "--rejects", dir.resolve(name + "-rechazos.csv").toString(),
                "--summary", dir.resolve(name + "-resumen.json").toString(), "--threads", "1"));
        return new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the run {@code name} is writing its verdicts (its own temporary file has grown). */
    private static void waitUntilWriting(Process p, String name) throws Exception {
        for (int i = 0; i < 600 && p.isAlive(); i++) {
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().startsWith("." + name + ".jsonl")
                        && f.toFile().length() > 100_000)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        assertThat(p.isAlive()).as("the run was still going when it was to be stopped").isTrue();
    }

    /** A killed run cannot clean up, but an interrupted one removes every temporary file it made. */
    private static void assertNoTemporaryLeft(String name) throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("." + name) && n.endsWith(".tmp"));
        }
    }
}
