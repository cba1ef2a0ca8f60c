package org.amnistia.law;

import org.amnistia.cli.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal is checked when it loads, before any case reaches it: each mistake a legal team can
 * make is refused with exit code 2 and a message naming the file, the line and the rule, in Spanish
 * and English, never as an internal error or a stack trace.
 */
class ProposalLoadChecksTest {

    private static final String PROTEST_JULY_2024 = """
            {"id": "protesta", "conduct": {"from": "2024-07-30", "political": true, "ceased": true}, "charges": []}
            """;

    private static final String RULE_8_13 = """
            package amnistia.reglas;

            import org.amnistia.engine.facts.*;

            rule "Art. 8.13 — elecciones regionales y parlamentarias 2025 (hasta el 31-12-2025)"
                @articulo("8.13") @evento("8.13")
            when
                $s : Subject( $w : window("%s", "%s") != null )
            then
                insert( Contact.byEvent(kcontext, $s, $w) );
            end
            """;

    @TempDir
    Path dir;

    private final CommandLineRun cli = new CommandLineRun();

    /** {@code check} on a July 2024 protest under the proposal in {@code dir}: the exit code. */
    private int check() throws IOException {
        Path caseFile = Files.writeString(dir.resolveSibling(dir.getFileName() + "-caso.json"), PROTEST_JULY_2024);
        return cli.run("check", caseFile.toString(), "--law", dir.toString());
    }

    private void proposal(String yamlExtra, String file, String drl) throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: prueba-carga\nestado: propuesta\nbase: ley-2026\n" + yamlExtra,
                StandardCharsets.UTF_8);
        if (file != null) {
            Files.writeString(dir.resolve(file), drl, StandardCharsets.UTF_8);
        }
    }

    private String error() {
        assertThat(cli.out.toString()).as("no verdict is printed").isEmpty();
        String err = cli.err.toString();
        assertThat(err).startsWith("amnistia: ").doesNotContain("error interno").doesNotContain("internal error")
                .doesNotContain("Exception").doesNotContain("\tat ");
        return err;
    }

    @Test
    void a_month_13_in_a_window_is_refused_at_load_naming_the_file_the_line_and_the_rule() throws IOException {
        proposal("", "hechos.drl", RULE_8_13.formatted("2025-01-01", "2025-13-10"));

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("hechos.drl") + ":8:")
                .contains("«Art. 8.13 — elecciones regionales y parlamentarias 2025 (hasta el 31-12-2025)»")
                .contains("la fecha «2025-13-10» no es un día del calendario")
                .contains("«2025-13-10» is not a calendar day");
    }

    @Test
    void a_30_february_is_not_a_calendar_day_either() throws IOException {
        proposal("", "hechos.drl", RULE_8_13.formatted("2025-02-30", "2025-12-31"));

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains("hechos.drl:8:").contains("«2025-02-30» is not a calendar day");
    }

    @Test
    void a_window_that_ends_before_it_starts_is_refused() throws IOException {
        proposal("", "hechos.drl", RULE_8_13.formatted("2025-12-31", "2025-01-01"));

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains("hechos.drl:8:")
                .contains("la ventana empieza el 2025-12-31, después de terminar el 2025-01-01")
                .contains("the window starts on 2025-12-31, after it ends on 2025-01-01");
    }

    @Test
    void a_drl_syntax_error_is_one_line_with_the_file_and_the_line() throws IOException {
        proposal("", "hechos.drl", RULE_8_13.formatted("2025-01-01", "2025-12-31").replace("$s : Subject(", "$s : Subject( ]] "));

        assertThat(check()).isEqualTo(2);
        String err = error();
        assertThat(err).contains(dir.resolve("hechos.drl") + ":8: error de sintaxis | syntax error:");
        assertThat(err.strip().lines()).as("the message and its one problem").hasSize(2);
    }

    @Test
    void repealing_a_rule_the_base_does_not_have_names_the_closest_rules() throws IOException {
        proposal("""
                deroga:
                  - "Art. 8.13 — elecciones regionales y parlamentarias 2025 (D06, lectura estricta: hasta junio)"
                """, null, null);

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("version.yaml") + ":5: deroga «Art. 8.13")
                .contains("la base «ley-2026» no tiene ninguna regla con ese nombre")
                .contains("¿Quiso decir «Art. 8.13 — elecciones regionales y parlamentarias 2025 (D06, lectura estricta: "
                        + "hasta mayo)»");
    }

    @Test
    void a_rule_meant_to_replace_a_base_rule_whose_name_was_mistyped_names_the_closest_rules() throws IOException {
        proposal("", "hechos.drl", """
                package amnistia.reglas;

                import org.amnistia.engine.facts.*;

                rule "Art. 8.12 — elecciones presidenciales de julio 2024 (D05, lectura estricta: solo julio)"
                    @reemplaza @articulo("8.12") @evento("8.12") @duda("D05") @lectura("estricta")
                when
                    $s : Subject( strict("D05"), $w : window("2024-07-01", "2024-08-31") != null )
                then
                    insert( Contact.byDate(kcontext, $s, $w) );
                end
                """);

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("hechos.drl") + ":5: «Art. 8.12 — elecciones presidenciales de julio 2024")
                .contains("@reemplaza: la base «ley-2026» no tiene ninguna regla con ese nombre")
                .contains("Did you mean «Art. 8.12 — elecciones presidenciales de julio de 2024 (D05, lectura estricta: "
                        + "solo julio)»");
    }

    @Test
    void a_rule_without_its_article_is_a_user_error_naming_the_file() throws IOException {
        proposal("", "hechos.drl", RULE_8_13.formatted("2025-01-01", "2025-12-31").replace("@articulo(\"8.13\") ", ""));

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("hechos.drl") + ":5: «Art. 8.13")
                .contains("falta @articulo(\"N\")").contains("missing @articulo(\"N\")");
    }

    @Test
    void an_unknown_key_in_version_yaml_is_refused_with_its_line() throws IOException {
        proposal("derroga:\n  - \"Art. 9 — lesiones gravísimas\"\n", null, null);

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("version.yaml") + ":4: clave desconocida «derroga»")
                .contains("¿Quiso decir «deroga»").contains("unknown key «derroga»");
    }

    @Test
    void a_base_that_does_not_exist_is_refused_naming_the_known_ones() throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: prueba-carga\nestado: propuesta\nbase: ley-2025\n");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("version.yaml") + ":3: base desconocida «ley-2025»")
                .contains("¿Quiso decir «ley-2026»").contains("unknown base «ley-2025»");
    }

    @Test
    void a_well_formed_proposal_of_one_rule_loads_and_decides_the_case() throws IOException {
        proposal("""
                deroga:
                  - "Art. 8.13 — elecciones regionales y parlamentarias 2025 (D06, lectura favorable: todo el año)"
                  - "Art. 8.13 — elecciones regionales y parlamentarias 2025 (D06, lectura estricta: hasta mayo)"
                """, "hechos.drl", RULE_8_13.formatted("2025-01-01", "2025-12-31"));

        assertThat(check()).isEqualTo(0);
        assertThat(cli.out.toString()).contains("AMPARADO POR LA AMNISTÍA", "8.12");
    }
}
