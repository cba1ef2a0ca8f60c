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

    // ── No proposal passes as the law ────────────────────────────────────────────────────────

    @Test
    void a_folder_cannot_take_the_id_of_the_enacted_law() throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "estado: propuesta\nid: ley-2026\nbase: ley-2026\n");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("version.yaml") + ":2: id «ley-2026»")
                .contains("una carpeta no puede pasar por ella").contains("a folder cannot pass as it");
    }

    @Test
    void a_folder_cannot_take_the_id_of_a_shipped_proposal_either() throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: ucv-continua\nestado: propuesta\nbase: ley-2026\n");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("version.yaml") + ":1: id «ucv-continua»");
    }

    @Test
    void an_estado_that_is_not_promulgada_proyecto_or_propuesta_is_refused_with_the_closest() throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: prueba-carga\nestado: promulgado\nbase: ley-2026\n");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("version.yaml") + ":2: estado «promulgado»: es uno de promulgada, "
                + "proyecto, propuesta").contains("¿Quiso decir «promulgada»").contains("is one of");
    }

    @Test
    void a_fecha_that_is_no_calendar_day_is_refused_banana_and_30_february_alike() throws IOException {
        for (String date : new String[] {"banana", "2026-02-30", "19-02-2026"}) {
            cli.out.getBuffer().setLength(0);
            cli.err.getBuffer().setLength(0);
            proposal("fecha: " + date + "\n", null, null);

            assertThat(check()).as(date).isEqualTo(2);
            assertThat(error()).contains(dir.resolve("version.yaml") + ":4: fecha «" + date + "»: no es un día del "
                    + "calendario AAAA-MM-DD").contains("is not a calendar day YYYY-MM-DD");
        }
    }

    @Test
    void a_fecha_of_null_is_accepted_when_the_source_gives_none() throws IOException {
        proposal("fecha: null\n", null, null);

        assertThat(check()).isEqualTo(0);
    }

    @Test
    void a_verdict_from_a_folder_names_the_folder_and_the_hash_of_its_rules_and_says_it_is_not_official()
            throws IOException {
        proposal("", null, null);
        Path caseFile = Files.writeString(dir.resolveSibling(dir.getFileName() + "-caso.json"), PROTEST_JULY_2024);

        assertThat(cli.run("check", caseFile.toString(), "--law", dir.toString(), "--json")).isEqualTo(0);
        assertThat(cli.out.toString()).containsPattern("\"law\" ?: ?\"prueba-carga \\(carpeta "
                + java.util.regex.Pattern.quote(dir.toString().replace("\\", "\\\\")) + ", [0-9a-f]{8}; no oficial\\)\"");
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("check", caseFile.toString(), "--law", "ley-2026", "--json")).isEqualTo(0);
        assertThat(cli.out.toString()).as("a shipped version keeps its label").containsPattern("\"law\" ?: ?\"ley-2026\"");
    }

    // ── Every name checked at load ───────────────────────────────────────────────────────────

    private static final String RULE_8_14 = """
            package amnistia.reglas;

            import org.amnistia.engine.facts.*;
            import org.amnistia.offense.OffenseCategory;

            rule "Art. 8.14 — prueba de nombres"
                @articulo("8.14") @evento("%s") %s
            when
                $s : Subject( %s $w : window("2017-11-08", "2026-02-19") != null )
                exists Charge( subject == $s, %s )
            then
                insert( Contact.byDate(kcontext, $s, $w) );
            end
            """;

    private void rule814(String event, String annotations, String subject, String charge) throws IOException {
        proposal("", "hechos.drl", RULE_8_14.formatted(event, annotations, subject, charge));
    }

    @Test
    void a_mistyped_offence_code_is_refused_with_the_closest_codes_instead_of_matching_nothing() throws IOException {
        rule814("8.14", "", "", "code == \"INCITACION_ODI\"");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains(dir.resolve("hechos.drl") + ":10: «Art. 8.14 — prueba de nombres»: el código de "
                        + "delito «INCITACION_ODI» no está en el catálogo")
                .contains("¿Quiso decir «INCITACION_ODIO»").contains("the offence code «INCITACION_ODI» is not in the catalogue");
    }

    @Test
    void a_code_listed_with_in_is_checked_too() throws IOException {
        rule814("8.14", "", "", "code in (\"INCITACION_ODIO\", \"REBELION_MILITR\")");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains("hechos.drl:10:").contains("«REBELION_MILITR»").contains("¿Quiso decir «REBELION_MILITAR»")
                .doesNotContain("«INCITACION_ODIO» no está");
    }

    @Test
    void a_mistyped_category_is_refused_with_the_closest_categories() throws IOException {
        rule814("8.14", "", "", "category == OffenseCategory.REBELION");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains("hechos.drl:10: «Art. 8.14 — prueba de nombres»: la categoría «REBELION» no es una "
                + "categoría de delito").contains("«REBELION_MILITAR»").contains("is not an offence category");
    }

    @Test
    void doubts_and_readings_are_checked_in_the_annotations_and_in_the_constraints() throws IOException {
        rule814("8.14", "@duda(\"D15\") @lectura(\"favorables\")", "favourable(\"D5\"),", "code == \"INCITACION_ODIO\"");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains("hechos.drl:6: «Art. 8.14 — prueba de nombres»: @duda(\"D15\"): no es una duda")
                .contains("@lectura(\"favorables\"): es «favorable» o «estricta» ¿Quiso decir «favorable»")
                .contains("hechos.drl:9: «Art. 8.14 — prueba de nombres»: la duda «D5» no es una duda")
                .contains("«D05»");
    }

    @Test
    void an_evento_that_is_no_numeral_key_is_refused() throws IOException {
        rule814("8-14", "", "", "code == \"INCITACION_ODIO\"");

        assertThat(check()).isEqualTo(2);
        assertThat(error()).contains("hechos.drl:6: «Art. 8.14 — prueba de nombres»: @evento(\"8-14\"): es la clave de "
                + "un numeral").contains("¿Quiso decir «8.14»").contains("@evento is a numeral key");
    }

    @Test
    void a_numeral_whose_names_are_all_right_loads() throws IOException {
        rule814("8.14", "", "", "code == \"INCITACION_ODIO\"");

        assertThat(check()).isEqualTo(0);
    }
}
