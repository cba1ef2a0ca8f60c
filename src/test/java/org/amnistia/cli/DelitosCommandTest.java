package org.amnistia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code amnistia delitos}: the catalogue with each code's Art. 9 outcome, and how a text is recognised. */
class DelitosCommandTest {

    private static CommandLineRun run(String... args) {
        CommandLineRun run = new CommandLineRun();
        assertThat(run.run(args)).as(run.err.toString()).isZero();
        return run;
    }

    @Test
    void the_table_gives_each_code_the_article_9_outcome_of_its_rules_under_both_readings() throws Exception {
        JsonNode table = CaseJson.mapper().readTree(run("delitos", "--json").out.toString());

        assertThat(table.size()).isGreaterThan(150);
        assertThat(row(table, "HOMICIDIO_INTENCIONAL").path("art9Favourable").asText()).isEqualTo("EXCLUDES");
        assertThat(row(table, "HOMICIDIO_INTENCIONAL").path("art9Strict").asText()).isEqualTo("EXCLUDES");
        assertThat(row(table, "TRAICION_PATRIA").path("art9Favourable").asText()).isEqualTo("NOT_EXCLUDED");
        assertThat(row(table, "TRAICION_PATRIA").path("art9Strict").asText()).isEqualTo("EXCLUDES");
        assertThat(row(table, "TRAICION_PATRIA").path("doubts").toString()).contains("D11");
        assertThat(row(table, "USURPACION_FUNCIONES").path("art9Strict").asText()).isEqualTo("NOT_EXCLUDED");
    }

    @Test
    void the_table_can_be_narrowed_to_a_statute_or_to_what_is_excluded() throws Exception {
        JsonNode military = CaseJson.mapper().readTree(run("delitos", "--json", "--buscar", "cojm").out.toString());
        assertThat(military).allSatisfy(o -> assertThat(o.path("statute").asText()).containsIgnoringCase("COJM"));
        assertThat(military.size()).isGreaterThan(5);

        JsonNode excluded = CaseJson.mapper().readTree(run("delitos", "--json", "--excluidos").out.toString());
        assertThat(excluded).allSatisfy(o -> assertThat(o.path("art9Strict").asText()).isEqualTo("EXCLUDES"));
        assertThat(excluded).noneSatisfy(o -> assertThat(o.path("code").asText()).isEqualTo("TERRORISMO"));
    }

    @Test
    void a_text_is_explained_step_by_step() {
        String out = run("delitos", "Obstrucción de la vía pública, previsto en el artículo 357 del Código Penal").out.toString();

        assertThat(out).contains("obstruccion de la via publica").contains("Reconocido: OBSTACULIZACION_VIAS");
    }

    @Test
    void a_text_that_names_no_code_gets_the_closest_codes_never_a_guess() {
        String out = run("delitos", "Obstaculisación de la vía públca").out.toString();

        assertThat(out).contains("No se reconoce").contains("¿Quiso decir OBSTACULIZACION_VIAS");
    }

    @Test
    void english_names_stand_beside_the_spanish_ones_never_mixed() {
        String out = run("delitos", "--lang", "en", "Traición a la patria").out.toString();

        assertThat(out).contains("Recognised: TRAICION_PATRIA — Treason");
    }

    private static JsonNode row(JsonNode table, String code) {
        for (JsonNode o : table) {
            if (o.path("code").asText().equals(code)) {
                return o;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
