package org.amnistia.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's roster API over real HTTP: the proposed column map, and the roster evaluated and given back. */
class RosterApiTest {

    private static LocalApi api;

    @BeforeAll
    static void start() throws IOException {
        api = LocalApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> evaluate(String name, byte[] file, String map) throws Exception {
        byte[] body = CaseJson.mapper().writeValueAsBytes(Map.of("name", name,
                "file", Base64.getEncoder().encodeToString(file), "columns", map));
        return api.post("/api/roster/evaluate?reading=favourable", "application/json", body);
    }

    @Test
    void theProposedMapNamesEachColumnsFieldAndTheDoubts() throws Exception {
        HttpResponse<String> response = api.post("/api/roster/columns?name=ong-lista.csv", "application/octet-stream",
                Files.readAllBytes(Path.of("cases/nominas/ong-lista.csv")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = CaseJson.mapper().readTree(response.body());
        assertThat(body.get("format").asText()).isEqualTo("csv");
        assertThat(body.get("columns")).hasSize(12);
        assertThat(body.get("columns").get(6).get("header").asText()).isEqualTo("Delitos imputados");
        assertThat(body.get("columns").get(6).get("field").asText()).isEqualTo("charges");
        assertThat(body.get("columns").get(4).get("field").isNull()).isTrue();
        assertThat(body.get("dateOrder").asText()).isEqualTo("dmy");
        assertThat(body.get("yaml").asText()).startsWith("# Mapa de columnas propuesto");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theRosterIsEvaluatedAndGivenBackAsTheAnnotatedWorkbookAndTheRejects() throws Exception {
        HttpResponse<String> response = evaluate("ong-lista.xlsx", Files.readAllBytes(Path.of("cases/nominas/ong-lista.xlsx")),
                Files.readString(Path.of("cases/nominas/ong-mapa.yaml")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = CaseJson.mapper().readTree(response.body());
        assertThat(body.at("/summary/rows").asLong()).isEqualTo(24);
        assertThat(body.at("/summary/verdicts").asLong() + body.at("/summary/rejects").asLong()).isEqualTo(24);
        assertThat(body.at("/text/es").asText()).startsWith("Nómina: 24 filas");
        assertThat(body.at("/sheet/name").asText()).isEqualTo("ong-lista-veredictos.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(body.at("/sheet/data").asText())))) {
            assertThat(book.getSheet("veredictos").getLastRowNum()).isEqualTo(24);
        }
        String rejects = new String(Base64.getDecoder().decode(body.at("/rejects/data").asText()), StandardCharsets.UTF_8);
        assertThat(rejects.lines()).hasSize(1 + 3);
    }

    @Test
    void aJsonlRosterNeedsNoMapAndComesBackWithItsIds() throws Exception {
        byte[] jsonl = "{\"id\":\"J1\",\"conduct\":{\"from\":\"2024-07-30\",\"political\":true},\"charges\":[]}\n{\"id\":\"J2\",\"x\":1}\n"
                .getBytes(StandardCharsets.UTF_8);
        JsonNode proposal = CaseJson.mapper().readTree(api.post("/api/roster/columns?name=n.jsonl", "application/octet-stream", jsonl).body());
        assertThat(proposal.get("format").asText()).isEqualTo("jsonl");

        JsonNode body = CaseJson.mapper().readTree(evaluate("n.jsonl", jsonl, "").body());
        assertThat(body.at("/summary/verdicts").asLong()).isEqualTo(1);
        assertThat(body.at("/summary/rejects").asLong()).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(body.at("/sheet/data").asText())))) {
            var sheet = book.getSheet("veredictos");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("J1");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("REJECTED");
        }
    }

    @Test
    void aMapThatCannotBeReadIsA400NamingItsLine() throws Exception {
        HttpResponse<String> response = evaluate("ong-lista.csv", Files.readAllBytes(Path.of("cases/nominas/ong-lista.csv")),
                "columnas:\n  Delitos: delitos\n");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = CaseJson.mapper().readTree(response.body()).get("error");
        assertThat(error.get("field").asText()).isEqualTo("columns");
        assertThat(error.get("es").asText()).contains("mapa:2", "campo desconocido «delitos»");
    }
}
