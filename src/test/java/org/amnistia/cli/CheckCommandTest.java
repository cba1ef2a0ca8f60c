package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amnistia check}: exit codes and what a lawyer reads. */
class CheckCommandTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private String caseFile(String json) throws IOException {
        Path file = dir.resolve("caso.json");
        Files.writeString(file, json);
        return file.toString();
    }

    @Test
    void a_protest_of_july_2024_is_eligible_citing_8_12_and_the_facts_behind_it() throws IOException {
        String file = caseFile("""
                {"id": "x", "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
                 "charges": [{"offense": "Terrorismo (art. 52 LOCDOFT)"}]}""");
        assertThat(run("check", file)).isEqualTo(0);
        assertThat(out.toString()).contains("AMPARADO POR LA AMNISTÍA", "8.12", "2024-07-30", "2024-07-01..2025-01-10");
    }

    @Test
    void json_output_and_english_and_strict_reading_are_available() throws IOException {
        String file = caseFile("""
                {"id": "x", "conduct": {"from": "2024-08-02", "political": true, "ceased": true}, "charges": []}""");
        assertThat(run("check", file, "--json", "--reading", "strict")).isEqualTo(0);
        assertThat(out.toString()).contains("\"verdict\" : \"NOT_ELIGIBLE\"", "\"reading\" : \"strict\"", "\"D05\"");
        out.getBuffer().setLength(0);
        assertThat(run("check", file, "--lang", "en")).isEqualTo(0);
        assertThat(out.toString()).contains("ELIGIBLE FOR THE AMNESTY", "Depends on these doubts");
    }

    @Test
    void an_unknown_field_is_a_usage_error_naming_the_file_and_field() throws IOException {
        String file = caseFile("""
                {"id": "x", "conduct": {"form": "2024-07-30"}}""");
        assertThat(run("check", file)).isEqualTo(2);
        assertThat(err.toString()).contains("caso.json", "conduct.form");
    }

    @Test
    void an_impossible_date_is_a_usage_error_naming_the_field() throws IOException {
        String file = caseFile("""
                {"id": "x", "conduct": {"from": "2024-02-30"}}""");
        assertThat(run("check", file)).isEqualTo(2);
        assertThat(err.toString()).contains("conduct.from", "imposible");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        assertThat(run("check", dir.resolve("nada.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nada.json");
    }

    @Test
    void an_unknown_law_version_is_a_usage_error() throws IOException {
        String file = caseFile("""
                {"id": "x", "conduct": {"from": "2024-07-30"}}""");
        assertThat(run("check", file, "--law", "ley-1999")).isEqualTo(2);
        assertThat(err.toString()).contains("ley-1999");
    }
}
