package org.amnistia.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legal team's amendment from start to end: {@code propuesta nueva} writes the folder with the
 * numeral's rules, the team moves the end of 8.13 to 2025-12-31 under both readings in one rule,
 * {@code law --diff} shows it in the law's terms, and {@code compare --report} counts who gains.
 */
class AmendmentCommandsTest {

    @TempDir
    Path dir;

    private CommandLineRun cli = new CommandLineRun();

    private int run(String... args) {
        cli = new CommandLineRun();
        return cli.run(args);
    }

    @Test
    void a_new_proposal_for_a_numeral_holds_its_rules_marked_to_replace_and_changes_nothing_yet() throws IOException {
        assertThat(run("propuesta", "nueva", "fin-2025", "--base", "ley-2026", "--numeral", "8.13", "--dir",
                dir.toString())).as(cli.err.toString()).isZero();
        Path folder = dir.resolve("fin-2025");

        assertThat(cli.out.toString()).contains("hechos.drl (2 reglas / rules)")
                .contains("./amnistia law --law " + folder + " --diff")
                .contains("./amnistia compare NÓMINA.csv --law ley-2026 --law " + folder);
        assertThat(Files.readString(folder.resolve("version.yaml"))).contains("id: fin-2025").contains("base: ley-2026")
                .contains("estado: propuesta").contains("deroga: []");
        String rules = Files.readString(folder.resolve("hechos.drl"));
        assertThat(rules).contains("// Art. 8, num. 13: «elecciones regionales y parlamentarias 2025»")
                .contains("@reemplaza @articulo(\"8.13\")").doesNotContain("8.12");
        assertThat(rules.split("\nrule ", -1)).hasSize(3);

        assertThat(run("law", "--law", folder.toString(), "--diff")).isZero();
        assertThat(cli.out.toString()).contains("Cambios de ley-2026 a fin-2025").contains("ninguno");
    }

    @Test
    void a_new_proposal_refuses_a_numeral_the_base_does_not_cite_and_an_existing_folder() throws IOException {
        assertThat(run("propuesta", "nueva", "x", "--base", "ley-2026", "--numeral", "8.14", "--dir", dir.toString()))
                .isEqualTo(2);
        assertThat(cli.err.toString()).contains("--numeral 8.14").contains("8.13]");
        Files.createDirectories(dir.resolve("y"));
        assertThat(run("propuesta", "nueva", "y", "--base", "ley-2026", "--dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err.toString()).contains("ya existe");
    }

    @Test
    void moving_the_end_of_8_13_to_31_december_2025_under_both_readings_is_one_rule_seen_in_the_diff_and_the_report()
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("fin-2025"));
        Files.writeString(folder.resolve("version.yaml"), """
                id: fin-2025
                titulo: "Propuesta: el numeral 8.13 hasta el 31-12-2025 en ambas lecturas"
                estado: propuesta
                fuente: prueba
                base: ley-2026
                deroga:
                  - "Art. 8.13 — elecciones regionales y parlamentarias 2025 (D06, lectura favorable: todo el año)"
                  - "Art. 8.13 — elecciones regionales y parlamentarias 2025 (D06, lectura estricta: hasta mayo)"
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("hechos.drl"), """
                package amnistia.reglas;

                import org.amnistia.engine.facts.*;

                // Art. 8, num. 13: «elecciones regionales y parlamentarias 2025». PROPUESTA: todo 2025, sin D06.
                rule "Art. 8.13 — elecciones regionales y parlamentarias 2025 (hasta el 31-12-2025)"
                    @articulo("8.13") @evento("8.13")
                when
                    $s : Subject( $w : window("2025-01-01", "2025-12-31") != null )
                then
                    insert( Contact.byEvent(kcontext, $s, $w) );
                end
                """, StandardCharsets.UTF_8);

        assertThat(run("law", "--law", folder.toString(), "--diff")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString())
                .containsPattern("Art\\. 8\\.13 +estricta +2025-01-01\\.\\.2025-05-31 \\(por hecho\\) → "
                        + "2025-01-01\\.\\.2025-12-31 \\(por hecho\\)  \\(\\+214 días\\)")
                .doesNotContainPattern("8\\.13 +favorable")
                .contains("Dudas que desaparecen (1):").contains("D06 (8.13)")
                .contains("Reglas derogadas (2):").contains("Reglas añadidas (1):");

        assertThat(run("law", "--law", folder.toString(), "--diff", "--against", "julio-2024-hasta-toma-de-posesion",
                "--json")).isZero();
        assertThat(cli.out.toString()).contains("\"from\" : \"julio-2024-hasta-toma-de-posesion\"")
                .contains("\"event\" : \"8.12\"").contains("\"daysGained\" : 214").contains("\"doubtsAppear\" : [ \"D05\" ]");

        Path changes = dir.resolve("cambios.csv");
        Path report = dir.resolve("informe.html");
        assertThat(run("compare", "cases/nominas/muestra.csv", "--law", "ley-2026", "--law", folder.toString(),
                "--reading", "strict", "-o", changes.toString(), "--report", report.toString())).as(cli.err.toString())
                .isZero();
        List<String> rows = Files.readAllLines(changes).subList(1, Files.readAllLines(changes).size());
        long gains = rows.stream().filter(r -> r.split(",")[3].equals("gains")).count();
        assertThat(rows).allSatisfy(r -> assertThat(r).contains("8.13"));
        assertThat(Files.readString(report)).contains("data-count=\"gains\">" + gains + "<")
                .contains("data-count=\"loses\">0<");

        Path september = Files.writeString(dir.resolve("septiembre-2025.json"), """
                {"id": "regionales-septiembre-2025", "conduct": {"from": "2025-09-15", "political": true,
                 "ceased": true, "event": "8.13"}, "charges": []}""");
        assertThat(run("check", september.toString(), "--reading", "strict", "--json")).isZero();
        assertThat(cli.out.toString()).contains("\"verdict\" : \"NOT_ELIGIBLE\"");
        assertThat(run("check", september.toString(), "--reading", "strict", "--json", "--law", folder.toString())).isZero();
        assertThat(cli.out.toString()).as("conduct of September 2025 linked to 8.13 gains under the strict reading")
                .contains("\"verdict\" : \"ELIGIBLE\"");
    }
}
