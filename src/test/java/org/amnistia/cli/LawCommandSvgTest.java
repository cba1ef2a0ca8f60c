package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amnistia law --svg FILE [--roster ROSTER]}: the timeline picture from the command line. */
class LawCommandSvgTest {

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void the_timeline_of_the_windows_is_written_to_the_named_file() throws IOException {
        Path svg = dir.resolve("ventanas.svg");

        assertThat(run("law", "--svg", svg.toString())).isEqualTo(0);

        assertThat(Files.readString(svg)).startsWith("<svg ").contains("Art. 8.12", "2024-07-01..2025-01-10")
                .doesNotContain("Nómina");
    }

    @Test
    void a_roster_adds_its_conduct_dates_as_a_density_strip_counting_undated_and_rejected_rows() throws IOException {
        Path roster = dir.resolve("nomina.csv");
        Files.writeString(roster, """
                id,conduct_from,political,charges
                a,2024-07-30,si,-
                b,2021-07-02,si,-
                c,,si,-
                d,no-es-fecha,si,-
                """);

        assertThat(run("law", "--svg", "-", "--roster", roster.toString())).isEqualTo(0);

        assertThat(out.toString()).contains("2 casos con fecha, 1 sin fecha, 1 filas rechazadas",
                "<title>2021-07: 1</title>", "<title>2024-07: 1</title>");
    }

    @Test
    void a_roster_without_svg_or_with_an_unknown_column_is_bad_usage() throws IOException {
        Path roster = dir.resolve("mala.csv");
        Files.writeString(roster, "id,fecha\nx,2024\n");

        assertThat(run("law", "--roster", roster.toString())).isEqualTo(2);
        assertThat(run("law", "--svg", dir.resolve("x.svg").toString(), "--roster", roster.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("fecha");
    }
}
