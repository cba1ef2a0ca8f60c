package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed evaluation day: with {@code --as-of} a roster's verdicts are the same bytes whatever day
 * and however many threads it runs with, and they are those of cases that state that day themselves.
 */
class AsOfTest {

    @TempDir
    Path dir;

    private Path batch(String roster, String asOf, int threads, String name) {
        Path out = dir.resolve(name);
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", roster, "-o", out.toString(), "--as-of", asOf, "--threads",
                Integer.toString(threads))).as(run.err.toString()).isZero();
        return out;
    }

    @Test
    void the_same_roster_and_day_give_identical_bytes_with_any_thread_count() throws IOException {
        Path roster = dir.resolve("nomina.csv");
        assertThat(new CommandLineRun().run("generate", "--rows", "3000", "--seed", "11", "-o", roster.toString())).isZero();

        byte[] one = Files.readAllBytes(batch(roster.toString(), "2026-03-10", 1, "a.jsonl"));
        byte[] two = Files.readAllBytes(batch(roster.toString(), "2026-03-10", 2, "b.jsonl"));
        byte[] later = Files.readAllBytes(batch(roster.toString(), "2026-12-01", 2, "c.jsonl"));

        assertThat(two).isEqualTo(one);
        assertThat(later).as("the day matters: the court's deadline is told as of it").isNotEqualTo(one);
    }

    @Test
    void a_comparison_with_the_same_day_gives_identical_bytes_and_states_the_day() throws IOException {
        Path roster = dir.resolve("nomina-c.csv");
        assertThat(new CommandLineRun().run("generate", "--rows", "1500", "--seed", "4", "-o", roster.toString())).isZero();
        byte[][] outputs = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path changes = dir.resolve("cambios-" + i + ".jsonl");
            Path summary = dir.resolve("resumen-" + i + ".json");
            CommandLineRun run = new CommandLineRun();
            assertThat(run.run("compare", roster.toString(), "--law", "proyecto-2026-02-05", "--law", "ley-2026",
                    "-o", changes.toString(), "--summary", summary.toString(), "--as-of", "2026-03-10",
                    "--threads", Integer.toString(i + 1))).as(run.err.toString()).isZero();
            outputs[i] = Files.readAllBytes(changes);
            assertThat(Files.readString(summary)).contains("\"asOf\" : \"2026-03-10\"");
        }
        assertThat(outputs[1]).isEqualTo(outputs[0]);
    }

    @Test
    void a_case_without_its_own_day_is_read_as_of_the_day_given() throws IOException {
        String withoutDay = """
                {"id": "c", "conduct": {"from": "2024-07-30", "political": true, "ceased": true}, "charges": [],
                 "request": {"filedOn": "2026-03-02", "by": "DEFENSE"}}""";
        Path plain = Files.writeString(dir.resolve("a.json"), withoutDay);
        Path stated = Files.writeString(dir.resolve("b.json"), withoutDay.replace("\"charges\": []",
                "\"charges\": [], \"asOf\": \"2026-04-01\""));

        CommandLineRun a = new CommandLineRun();
        CommandLineRun b = new CommandLineRun();
        assertThat(a.run("check", plain.toString(), "--json", "--as-of", "2026-04-01")).isZero();
        assertThat(b.run("check", stated.toString(), "--json")).isZero();

        assertThat(a.out.toString()).isEqualTo(b.out.toString()).contains("venció el 2026-03-17");
    }
}
