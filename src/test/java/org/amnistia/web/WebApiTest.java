package org.amnistia.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP, against a server on an ephemeral loopback port. */
class WebApiTest {

    private static LocalApi api;

    @BeforeAll
    static void start() throws IOException {
        api = LocalApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static JsonNode check(String query, String caseJson) throws Exception {
        HttpResponse<String> response = api.post("/api/check" + query, "application/json", caseJson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return LocalApi.json(response);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // POST /api/check
    @Test
    void a_protest_of_30_july_2024_is_eligible_under_numeral_8_12() throws Exception {
        JsonNode v = check("", """
                {"id":"protesta-1","conduct":{"from":"2024-07-30","political":true},
                 "charges":[{"offense":"INCITACION_ODIO"}],"person":{"location":"VENEZUELA","detained":true},
                 "proceeding":{"stage":"CONTROL"}}""");

        assertThat(v.get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(texts(v.get("articles"))).contains("8.12");
        assertThat(v.get("law").asText()).isEqualTo("ley-2026");
        assertThat(v.get("reading").asText()).isEqualTo("favourable");
    }

    @Test
    void a_charge_text_is_explained_or_given_its_closest_codes_as_the_delitos_command_does() throws Exception {
        JsonNode known = LocalApi.json(api.get("/api/offenses?q=" + URLEncoder.encode("Cierre de vías", StandardCharsets.UTF_8)));
        JsonNode typo = LocalApi.json(api.get("/api/offenses?q=" + URLEncoder.encode("Obstaculisacion de via publca", StandardCharsets.UTF_8)));

        assertThat(known.path("status").asText()).isEqualTo("RECOGNISED");
        assertThat(known.path("offense").path("code").asText()).isEqualTo("OBSTACULIZACION_VIAS");
        assertThat(typo.path("status").asText()).isEqualTo("UNRECOGNISED");
        assertThat(typo.path("closest").get(0).path("code").asText()).isEqualTo("OBSTACULIZACION_VIAS");
    }

    @Test
    void conduct_of_2_july_2021_with_no_event_is_not_covered_by_art_8() throws Exception {
        JsonNode v = check("", """
                {"id":"gap-2021","conduct":{"from":"2021-07-02","political":true},"charges":[]}""");

        assertThat(v.get("verdict").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(texts(v.get("articles"))).containsExactly("8");
        assertThat(v.get("missing")).isEmpty();
    }

    @Test
    void conduct_of_2_august_2024_depends_on_d05_and_the_strict_reading_would_not_cover_it() throws Exception {
        JsonNode v = check("?law=ley-2026&reading=favourable", """
                {"id":"agosto-2024","conduct":{"from":"2024-08-02","political":true,"ceased":true},"charges":[]}""");

        assertThat(v.get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(texts(v.get("doubts"))).contains("D05");
        assertThat(v.get("alternatives").get("D05").asText()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void the_strict_reading_is_chosen_by_the_query_parameter() throws Exception {
        JsonNode v = check("?reading=strict", """
                {"id":"agosto-2024","conduct":{"from":"2024-08-02","political":true,"ceased":true},"charges":[]}""");

        assertThat(v.get("reading").asText()).isEqualTo("strict");
        assertThat(v.get("verdict").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(v.get("alternatives").get("D05").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void a_case_without_a_date_is_undetermined_and_asks_for_the_date_of_the_conduct() throws Exception {
        JsonNode v = check("", """
                {"id":"sin-fecha","conduct":{"political":true},"charges":[]}""");

        assertThat(v.get("verdict").asText()).isEqualTo("UNDETERMINED");
        assertThat(v.get("missing").findValuesAsText("fact")).contains("conduct.from");
    }

    @Test
    void an_unknown_field_is_a_400_naming_the_field_in_both_languages() throws Exception {
        HttpResponse<String> response = api.post("/api/check", "application/json", """
                {"id":"typo","conduct":{"form":"2024-07-30"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = LocalApi.json(response).get("error");
        assertThat(error.get("field").asText()).isEqualTo("conduct.form");
        assertThat(error.get("es").asText()).contains("desconocido");
        assertThat(error.get("en").asText()).contains("unknown");
    }

    @Test
    void an_impossible_date_is_a_400_naming_conduct_from() throws Exception {
        HttpResponse<String> response = api.post("/api/check", "application/json", """
                {"id":"mal","conduct":{"from":"2024-02-30"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(LocalApi.json(response).get("error").get("field").asText()).isEqualTo("conduct.from");
    }

    @Test
    void malformed_json_and_an_empty_body_are_400s_without_a_stack_trace() throws Exception {
        HttpResponse<String> broken = api.post("/api/check", "application/json", "{\"id\": ");
        HttpResponse<String> empty = api.post("/api/check", "application/json", "");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("at org.", "Exception");
        assertThat(LocalApi.json(empty).get("error").has("en")).isTrue();
    }

    @Test
    void an_unknown_law_or_reading_is_a_400_naming_the_parameter() throws Exception {
        String body = "{\"id\":\"x\",\"conduct\":{\"from\":\"2024-07-30\",\"political\":true},\"charges\":[]}";

        HttpResponse<String> law = api.post("/api/check?law=/etc", "application/json", body);
        HttpResponse<String> reading = api.post("/api/check?reading=lenient", "application/json", body);

        assertThat(law.statusCode()).isEqualTo(400);
        assertThat(LocalApi.json(law).get("error").get("field").asText()).isEqualTo("law");
        assertThat(reading.statusCode()).isEqualTo(400);
        assertThat(LocalApi.json(reading).get("error").get("field").asText()).isEqualTo("reading");
    }

    @Test
    void an_oversized_body_is_a_413_in_json() throws Exception {
        String huge = "{\"id\":\"" + "x".repeat((int) CheckRoute.MAX_BODY) + "\"}";

        HttpResponse<String> response = api.post("/api/check", "application/json", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(LocalApi.json(response).get("error").get("en").asText()).contains("exceeds");
    }

    @Test
    void a_get_on_check_is_405_and_an_unknown_api_path_404_both_in_json() throws Exception {
        assertThat(api.get("/api/check").statusCode()).isEqualTo(405);
        HttpResponse<String> missing = api.post("/api/nothing", "application/json", "{}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(LocalApi.json(missing).has("error")).isTrue();
    }

    // POST /api/batch
    @Test
    void a_jsonl_roster_gives_one_line_per_row_in_input_order_with_rejects_in_place() throws Exception {
        String roster = """
                {"id":"r1","conduct":{"from":"2024-07-30","political":true},"charges":[]}
                {"id":"r2","conduct":{"from":"2021-07-02","political":true},"charges":[]}

                {"id":"r3","conduct":{"fecha":"2024-07-30"}}
                {"id":"r4","conduct":{"political":true},"charges":[]}
                """;

        HttpResponse<String> response = api.post("/api/batch", "application/x-ndjson", roster);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            lines.add(CaseJson.mapper().readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(lines.get(2).get("row").asInt()).isEqualTo(4);
        assertThat(lines.get(2).get("error").get("field").asText()).isEqualTo("conduct.fecha");
        assertThat(lines.get(3).get("caseId").asText()).isEqualTo("r4");
        assertThat(lines.get(3).get("verdict").asText()).isEqualTo("UNDETERMINED");
    }

    @Test
    void a_csv_roster_is_read_by_the_roster_reader_whether_declared_or_sniffed() throws Exception {
        String roster = """
                id,conduct_from,political,event,charges
                c1,2024-07-30,si,,TERRORISMO
                c2,2021-07-02,si,,-
                """;

        HttpResponse<String> declared = api.post("/api/batch?reading=strict", "text/csv", roster);
        HttpResponse<String> sniffed = api.post("/api/batch?reading=strict", "application/octet-stream", roster);

        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        assertThat(sniffed.body()).isEqualTo(declared.body());
        String[] lines = declared.body().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(CaseJson.mapper().readTree(lines[0]).get("reading").asText()).isEqualTo("strict");
        assertThat(CaseJson.mapper().readTree(lines[1]).get("verdict").asText()).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void a_csv_roster_with_a_typo_of_a_contract_column_is_a_400_naming_the_column() throws Exception {
        // «nombre_completo» is an NGO's name for «name» and is read as it; a typo of the contract's own
        // column is refused rather than ignored, so that no fact is dropped in silence
        HttpResponse<String> response = api.post("/api/batch", "text/csv", "id,conduct_form\nx,y\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(LocalApi.json(response).get("error").get("field").asText()).isEqualTo("conduct_form");
    }

    @Test
    void a_roster_over_ten_mebibytes_is_a_413() throws Exception {
        String line = "{\"id\":\"x\",\"conduct\":{\"from\":\"2024-07-30\"}}\n";
        String roster = line.repeat((int) (BatchRoute.MAX_BODY / line.length()) + 1);

        HttpResponse<String> response = api.post("/api/batch", "application/x-ndjson", roster);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(LocalApi.json(response).has("error")).isTrue();
    }

    // GET /api/law, /api/versions, /api/offenses
    @Test
    void the_law_document_carries_the_coverage_figures_of_figures_md() throws Exception {
        HttpResponse<String> response = api.get("/api/law?law=ley-2026");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode figures = LocalApi.json(response).get("figures");
        assertThat(figures.get("favourable").get("byDateDays").asLong()).isEqualTo(984);
        assertThat(figures.get("favourable").get("allDaysUnion").asLong()).isEqualTo(3228);
        assertThat(figures.get("strict").get("byDateDays").asLong()).isEqualTo(821);
        assertThat(figures.get("strict").get("allDaysUnion").asLong()).isEqualTo(2644);
    }

    @Test
    void the_law_document_gives_windows_as_iso_days_and_every_doubt_in_both_languages() throws Exception {
        JsonNode law = LocalApi.json(api.get("/api/law"));

        JsonNode n812 = law.get("numerals").get(11);
        assertThat(n812.get("numeral").asText()).isEqualTo("8.12");
        assertThat(n812.get("favourable").get(0).get("to").asText()).isEqualTo("2025-01-10");
        assertThat(n812.get("strict").get(0).get("to").asText()).isEqualTo("2024-07-31");
        assertThat(law.get("doubts").get("D05").get("en").asText()).contains("8.12");
    }

    @Test
    void the_versions_offered_are_the_shipped_ones_this_build_carries() throws Exception {
        JsonNode versions = LocalApi.json(api.get("/api/versions"));

        assertThat(versions.get("default").asText()).isEqualTo("ley-2026");
        assertThat(texts(versions.get("versions"))).contains("ley-2026");
    }

    @Test
    void offenses_come_with_code_spanish_name_and_aliases() throws Exception {
        JsonNode offenses = LocalApi.json(api.get("/api/offenses"));

        assertThat(offenses.size()).isGreaterThan(20);
        assertThat(offenses.findValuesAsText("code")).contains("TERRORISMO", "INCITACION_ODIO");
        assertThat(offenses.get(0).get("name").asText()).isNotBlank();
        assertThat(offenses.get(0).get("aliases").isArray()).isTrue();
    }

    // GET /, its files, and /timeline.svg
    @Test
    void the_page_and_its_files_come_from_the_jar_and_may_load_nothing_from_elsewhere() throws Exception {
        HttpResponse<String> page = api.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form id=\"case-form\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> csp.startsWith("default-src 'self'"));
        assertThat(page.body()).doesNotContain("http://", "https://");
        for (String file : List.of("/app.js", "/i18n.js", "/style.css")) {
            HttpResponse<String> r = api.get(file);
            assertThat(r.statusCode()).as(file).isEqualTo(200);
            assertThat(r.body()).as(file).doesNotContain("http://", "https://", "@import");
        }
        assertThat(api.get("/../pom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void the_timeline_marks_the_case_and_draws_every_window() throws Exception {
        HttpResponse<String> response = api.get("/timeline.svg?law=ley-2026&from=2024-07&to=2024-08-15&lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("image/svg+xml"));
        assertThat(response.body()).contains("case under evaluation: 2024-07-01..2024-08-15", "Art. 8.13");
    }

    @Test
    void a_timeline_with_a_bad_date_is_a_400_naming_the_parameter() throws Exception {
        HttpResponse<String> response = api.get("/timeline.svg?from=30-07-2024");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(LocalApi.json(response).get("error").get("field").asText()).isEqualTo("from");
    }
}
