package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outputs never overwrite inputs or each other, and appear under their names only once complete. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void an_output_that_is_the_input_is_refused_before_anything_is_written() throws IOException {
        Path roster = Files.writeString(dir.resolve("r.csv"), "id\nA\n");
        try (OutputFiles files = new OutputFiles(roster)) {
            assertThatThrownBy(() -> files.target("-o", roster)).isInstanceOf(UsageException.class)
                    .hasMessageContaining("r.csv").hasMessageContaining("entrada");
        }
        assertThat(Files.readString(roster)).isEqualTo("id\nA\n");
    }

    @Test
    void the_input_under_another_name_or_through_a_link_is_still_the_input() throws IOException {
        Path roster = Files.writeString(dir.resolve("r.csv"), "id\nA\n");
        Path link = Files.createSymbolicLink(dir.resolve("enlace.csv"), roster);
        Path sub = Files.createDirectories(dir.resolve("sub"));
        try (OutputFiles files = new OutputFiles(roster)) {
            assertThatThrownBy(() -> files.target("--rejects", link)).isInstanceOf(UsageException.class);
            assertThatThrownBy(() -> files.target("--summary", sub.resolve("../r.csv"))).isInstanceOf(UsageException.class);
        }
    }

    @Test
    void two_outputs_naming_one_file_are_refused() throws IOException {
        try (OutputFiles files = new OutputFiles()) {
            files.target("-o", dir.resolve("v.csv"));
            assertThatThrownBy(() -> files.target("--summary", dir.resolve("./v.csv"))).isInstanceOf(UsageException.class)
                    .hasMessageContaining("-o");
        }
    }

    @Test
    void an_output_appears_under_its_name_only_when_committed_and_an_older_one_stays_otherwise() throws IOException {
        Path target = Files.writeString(dir.resolve("v.csv"), "antes");
        try (OutputFiles files = new OutputFiles()) {
            Files.writeString(files.target("-o", target), "a medias");
            assertThat(Files.readString(target)).isEqualTo("antes");
        }
        assertThat(Files.readString(target)).isEqualTo("antes");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }

        try (OutputFiles files = new OutputFiles()) {
            Files.writeString(files.target("-o", target), "completo");
            files.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("completo");
    }
}
