package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes a user can act on, each with its exit code: an unknown reading or language is a usage
 * error naming the option (2); an output whose folder does not exist, or that the disk cannot hold,
 * names the file (3 and 2), never «error interno».
 */
class CommandErrorsTest {

    @TempDir
    Path dir;

    @Test
    void an_unknown_reading_is_a_usage_error_naming_the_option() {
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("law", "--reading", "lenient")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("--reading").contains("lenient").doesNotContain("interno");
    }

    @Test
    void an_unknown_language_is_a_usage_error_and_a_known_one_in_capitals_is_that_language() {
        CommandLineRun fr = new CommandLineRun();
        assertThat(fr.run("delitos", "Terrorismo", "--lang", "fr")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fr.err.toString()).contains("--lang").contains("fr");

        CommandLineRun en = new CommandLineRun();
        assertThat(en.run("delitos", "Terrorismo", "--lang", "EN")).isZero();
        assertThat(en.out.toString()).contains("Recognised: TERRORISMO");
    }

    @Test
    void an_output_in_a_folder_that_does_not_exist_names_the_file() throws IOException {
        Path caseFile = Files.writeString(dir.resolve("caso.json"), """
                {"id": "c", "conduct": {"from": "2024-07-30", "political": true, "ceased": true}, "charges": []}""");
        Path roster = dir.resolve("nomina.csv");
        Files.writeString(roster, "id,conduct_from,political,conduct_ceased,charges\nA1,2024-07-30,true,true,\n");
        Path missing = dir.resolve("no-existe").resolve("v.csv");

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("batch", roster.toString(), "-o", missing.toString())).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(run.err.toString()).contains(missing.toString()).contains("no existe").doesNotContain("interno");
        assertThat(caseFile).exists();
    }

    @Test
    void a_generated_roster_larger_than_the_free_disk_is_refused_before_writing() {
        Path out = dir.resolve("enorme.csv");
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("generate", "--rows", "99999999999999", "-o", out.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("MiB").contains("libres");
        assertThat(out).doesNotExist();
    }
}
