package org.amnistia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NGO's own names for charges, once: the batch summary lists every charge text the catalogue
 * does not know, {@code --unrecognised-out} writes them as an alias file, and once it is filled
 * in, {@code --aliases} makes the next run recognise them (batch, check and delitos alike).
 */
class NgoAliasesTest {

    @TempDir
    Path dir;

    private static final String ROSTER = """
            id,conduct_from,political,conduct_ceased,charges
            A1,2024-07-30,true,true,Trancazo en la autopista
            A2,2024-07-30,true,true,Trancazo en la autopista
            A3,2024-07-30,true,true,Obstaculisacion de via publca
            A4,2024-07-30,true,true,Terrorismo
            """;

    @Test
    void a_roster_with_unknown_charges_yields_a_summary_and_an_alias_file_that_once_filled_decides_them() throws IOException {
        Path roster = write("nomina.csv", ROSTER);
        Path names = dir.resolve("nombres.yaml");
        Path summary = dir.resolve("resumen.json");

        CommandLineRun first = new CommandLineRun();
        assertThat(first.run("batch", roster.toString(), "-o", dir.resolve("v1.csv").toString(), "--summary",
                summary.toString(), "--unrecognised-out", names.toString(), "--threads", "1")).isZero();

        JsonNode unrecognised = CaseJson.mapper().readTree(summary.toFile()).path("unrecognisedCharges");
        assertThat(unrecognised.get(0).path("text").asText()).isEqualTo("Trancazo en la autopista");
        assertThat(unrecognised.get(0).path("rows").asLong()).isEqualTo(2);
        assertThat(unrecognised.get(1).path("closest").get(0).asText()).isEqualTo("OBSTACULIZACION_VIAS");
        assertThat(Files.readString(dir.resolve("v1.csv"))).contains("A1,UNDETERMINED").contains("A3,UNDETERMINED");

        String template = Files.readString(names);
        assertThat(template).contains("cargos:").contains("\"Trancazo en la autopista\": \"\"")
                .contains("¿quiso decir OBSTACULIZACION_VIAS");
        Files.writeString(names, template
                .replace("\"Trancazo en la autopista\": \"\"", "\"Trancazo en la autopista\": OBSTACULIZACION_VIAS")
                .replace("\"Obstaculisacion de via publca\": \"\"", "\"Obstaculisacion de via publca\": OBSTACULIZACION_VIAS"));

        CommandLineRun second = new CommandLineRun();
        assertThat(second.run("batch", roster.toString(), "-o", dir.resolve("v2.csv").toString(), "--aliases",
                names.toString(), "--threads", "1")).isZero();
        assertThat(Files.readString(dir.resolve("v2.csv"))).contains("A1,ELIGIBLE").contains("A2,ELIGIBLE")
                .contains("A3,ELIGIBLE").doesNotContain("UNDETERMINED");

        CommandLineRun explained = new CommandLineRun();
        assertThat(explained.run("delitos", "Trancazo en la autopista", "--aliases", names.toString())).isZero();
        assertThat(explained.out.toString()).contains("Reconocido: OBSTACULIZACION_VIAS");
    }

    @Test
    void a_mistyped_code_is_refused_naming_the_file_line_and_the_closest_code() throws IOException {
        Path names = write("nombres.yaml", "cargos:\n  \"Trancazo\": TERRORISMOO\n");
        Path caseFile = write("caso.json", """
                {"id": "c", "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
                 "charges": [{"offense": "Trancazo"}]}""");

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("check", caseFile.toString(), "--aliases", names.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("nombres.yaml:2").contains("TERRORISMOO").contains("¿quiso decir TERRORISMO");
    }

    @Test
    void a_name_that_is_already_another_codes_alias_is_refused() throws IOException {
        Path names = write("nombres.yaml", "cargos:\n  \"Terrorismo\": ASOCIACION\n");

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("delitos", "x", "--aliases", names.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("nombres.yaml:2").contains("ya es un nombre de TERRORISMO");
    }

    @Test
    void an_unknown_section_is_refused_naming_it() throws IOException {
        Path names = write("nombres.yaml", "carg0s:\n  \"Trancazo\": TERRORISMO\n");

        CommandLineRun run = new CommandLineRun();
        assertThat(run.run("delitos", "x", "--aliases", names.toString(), "--lang", "en")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.toString()).contains("nombres.yaml:1").contains("unknown section «carg0s»");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
