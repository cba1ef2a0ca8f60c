package org.amnistia.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the API a case's bytes that are not UTF-8 are a 400 naming the byte, as on the command line
 * (never a verdict for {@code "caseId":"�"}), and a roster is read in the encoding it arrived in.
 */
class EncodingApiTest {

    private static LocalApi api;

    @BeforeAll
    static void start() throws IOException {
        api = LocalApi.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aCaseWhoseBytesAreNotUtf8IsA400NamingTheByte() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"id\": \"Pe".getBytes(StandardCharsets.UTF_8));
        body.write(0xF1); // «ñ» in Windows-1252
        body.writeBytes("a\", \"conduct\": {\"from\": \"2024-07-30\"}}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = api.post("/api/check", "application/json", body.toByteArray());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = CaseJson.mapper().readTree(response.body()).get("error");
        assertThat(error.get("es").asText()).contains("0xF1", "posición 10", "UTF-8");
        assertThat(error.get("en").asText()).contains("0xF1", "offset 10", "UTF-8");
        assertThat(response.body()).doesNotContain("\uFFFD").doesNotContain("caseId");
    }

    @Test
    void aWindows1252RosterGivesItsIdsBackAsWritten() throws Exception {
        byte[] roster = ("id,conduct_from,political\r\nPeña,2024-07-30,true\r\nPeóa,2024-07-30,true\r\nNúñez,2024-07-30,true\r\n")
                .getBytes(Charset.forName("windows-1252"));

        HttpResponse<String> response = api.post("/api/batch", "text/csv", roster);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            JsonNode node = CaseJson.mapper().readTree(line);
            assertThat(node.has("error")).as(line).isFalse();
            ids.add(node.get("caseId").asText());
        }
        assertThat(ids).containsExactly("Peña", "Peóa", "Núñez");
    }
}
