package org.amnistia.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/check} and {@code /api/batch} on a case written wrong: a 400 in the usual
 * {@code {"error":{"field","es","en"}}} shape that says where and how to fix it, or for a roster a
 * reject line while the other lines are evaluated.
 */
class CaseInputErrorsApiTest {

    private static LocalApi api;

    @BeforeAll
    static void start() throws IOException {
        api = LocalApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode error(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return CaseJson.mapper().readTree(response.body()).get("error");
    }

    @Test
    void a_case_with_conduct_written_twice_is_a_400_naming_the_key() throws Exception {
        JsonNode error = error(api.post("/api/check", "application/json", """
                {"id": "x",
                 "conduct": {"from": "2024-07-30", "political": true, "ceased": true},
                 "charges": [],
                 "conduct": {"from": "2026-03-01", "political": true, "ceased": true}}"""));

        assertThat(error.get("field").asText()).isEqualTo("conduct");
        assertThat(error.get("es").asText()).startsWith("la clave «conduct» está repetida (líneas 2 y 4): JSON no dice cuál vale");
        assertThat(error.get("en").asText()).startsWith("the key «conduct» is written twice (lines 2 and 4): JSON does not say which one holds");
    }

    @Test
    void malformed_json_is_a_400_with_line_column_and_plain_words() throws Exception {
        JsonNode error = error(api.post("/api/check", "application/json", "{\"id\": \"x\",}"));

        assertThat(error.get("field").asText()).isEmpty();
        assertThat(error.get("es").asText()).isEqualTo("JSON mal formado en la línea 1, columna 12: sobra la coma antes de «}»: "
                + "después del último campo no va coma");
        assertThat(error.get("en").asText()).isEqualTo("malformed JSON at line 1, column 12: an extra comma before «}»: "
                + "no comma goes after the last field");
    }

    @Test
    void an_unknown_field_and_a_day_first_date_are_400s_that_say_what_was_meant() throws Exception {
        JsonNode field = error(api.post("/api/check", "application/json", "{\"id\": \"x\", \"conduct\": {\"detenido\": true}}"));
        JsonNode date = error(api.post("/api/check", "application/json", "{\"id\": \"x\", \"conduct\": {\"from\": \"30/07/2024\"}}"));

        assertThat(field.get("field").asText()).isEqualTo("conduct.detenido");
        assertThat(field.get("es").asText()).isEqualTo("campo desconocido «conduct.detenido»: ¿quiso decir «person.detained»? (va dentro de «person»)");
        assertThat(date.get("field").asText()).isEqualTo("conduct.from");
        assertThat(date.get("es").asText()).endsWith("¿quiso decir 2024-07-30? (leída como día/mes/año)");
        assertThat(date.get("en").asText()).endsWith("did you mean 2024-07-30? (read as day/month/year)");
    }

    @Test
    void a_stage_in_spanish_gets_the_verdict_of_its_constant() throws Exception {
        String template = "{\"id\": \"x\", \"conduct\": {\"from\": \"2024-07-30\", \"political\": true, \"ceased\": true}, "
                + "\"charges\": [], \"proceeding\": {\"stage\": \"%s\"}, \"asOf\": \"2026-03-02\"}";
        HttpResponse<String> spanish = api.post("/api/check", "application/json", template.formatted("juicio"));
        HttpResponse<String> english = api.post("/api/check", "application/json", template.formatted("TRIAL"));

        assertThat(spanish.statusCode()).as(spanish.body()).isEqualTo(200);
        assertThat(CaseJson.mapper().readTree(spanish.body()).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(spanish.body()).isEqualTo(english.body());
    }

    @Test
    void a_roster_line_with_a_key_twice_is_a_reject_line_and_the_others_get_verdicts() throws Exception {
        String roster = """
                {"id":"r1","conduct":{"from":"2024-07-30","political":true,"ceased":true},"charges":[]}
                {"id":"r2","conduct":{"from":"2024-07-30","political":true},"charges":[],"conduct":{"from":"2026-03-01"}}
                {"id":"r3","conduct":{"from":"2024-07-30","political":true,"ceased":true},"charges":[]}
                """;
        HttpResponse<String> response = api.post("/api/batch", "application/x-ndjson", roster);

        assertThat(response.statusCode()).isEqualTo(200);
        String[] lines = response.body().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode reject = CaseJson.mapper().readTree(lines[1]);
        assertThat(reject.get("row").asInt()).isEqualTo(2);
        assertThat(reject.get("id").asText()).isEqualTo("r2");
        assertThat(reject.get("error").get("field").asText()).isEqualTo("conduct");
        assertThat(reject.get("error").get("es").asText()).startsWith("la clave «conduct» está repetida (columnas 12 y 74)");
        assertThat(CaseJson.mapper().readTree(lines[0]).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(CaseJson.mapper().readTree(lines[2]).get("caseId").asText()).isEqualTo("r3");
    }
}
