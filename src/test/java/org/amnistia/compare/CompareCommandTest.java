package org.amnistia.compare;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.cli.CommandLineRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code compare} agrees with two independent {@code batch} runs of the same roster. */
class CompareCommandTest {

    @TempDir
    static Path dir;
    static Path roster;

    @BeforeAll
    static void generate() {
        roster = dir.resolve("nomina.csv");
        assertThat(run("generate", "--rows", "1500", "--seed", "11", "-o", roster.toString())).isZero();
    }

    private static int run(String... args) {
        return new CommandLineRun().run(args);
    }

    private static Map<String, String> verdicts(Path jsonl) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode v = CaseJson.mapper().readTree(line);
            out.put(v.get("caseId").asText(), v.get("verdict").asText());
        }
        return out;
    }

    private static void compareAgreesWithBatch(List<String> sideA, List<String> sideB, List<String> compareArgs)
            throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path diff = dir.resolve("diff.jsonl");
        Path summary = dir.resolve("resumen.json");
        assertThat(run(concat(List.of("batch", roster.toString(), "-o", a.toString()), sideA))).isZero();
        assertThat(run(concat(List.of("batch", roster.toString(), "-o", b.toString()), sideB))).isZero();
        assertThat(run(concat(List.of("compare", roster.toString(), "-o", diff.toString(), "--summary",
                summary.toString()), compareArgs))).isZero();

        Map<String, String> underA = verdicts(a);
        Map<String, String> underB = verdicts(b);
        Map<String, String[]> changed = new LinkedHashMap<>();
        underA.forEach((id, v) -> {
            if (!v.equals(underB.get(id))) {
                changed.put(id, new String[]{v, underB.get(id)});
            }
        });
        List<JsonNode> rows = Files.readAllLines(diff).stream().map(CompareCommandTest::json).toList();
        assertThat(rows).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(changed.keySet());
        for (JsonNode row : rows) {
            String[] expected = changed.get(row.get("id").asText());
            assertThat(row.get("verdict_a").asText()).isEqualTo(expected[0]);
            assertThat(row.get("verdict_b").asText()).isEqualTo(expected[1]);
            assertThat(row.get("reason_es").asText()).as("names the article that made the difference").contains("Art. ");
        }
        JsonNode counts = json(Files.readString(summary));
        long gains = rows.stream().filter(r -> r.get("change").asText().equals("gains")).count();
        long loses = rows.stream().filter(r -> r.get("change").asText().equals("loses")).count();
        assertThat(counts.get("gains").asLong()).isEqualTo(gains);
        assertThat(counts.get("loses").asLong()).isEqualTo(loses);
        assertThat(counts.get("compared").asLong()).isEqualTo(underA.size());
        assertThat(gains + loses).isPositive();
    }

    @Test
    void comparing_the_bill_with_the_enacted_law_agrees_with_two_batch_runs() throws IOException {
        compareAgreesWithBatch(List.of("--law", "proyecto-2026-02-05"), List.of("--law", "ley-2026"),
                List.of("--law", "proyecto-2026-02-05", "--law", "ley-2026"));
    }

    @Test
    void comparing_the_two_readings_agrees_with_two_batch_runs() throws IOException {
        compareAgreesWithBatch(List.of("--reading", "favourable"), List.of("--reading", "strict"),
                List.of("--reading", "favourable", "--reading", "strict"));
    }

    @Test
    void a_loss_names_the_exclusion_in_the_numbering_of_each_version() {
        org.amnistia.engine.Engine bill = org.amnistia.engine.Engine.load("proyecto-2026-02-05");
        org.amnistia.engine.Engine ley = org.amnistia.engine.Engine.load("ley-2026");
        var c = CaseJson.parse("""
                {"id": "x", "conduct": {"from": "2017-05-04", "political": true, "ceased": true},
                 "charges": [{"offense": "Lesiones gravísimas"}], "proceeding": {"stage": "TRIAL"}}""");
        VerdictPair pair = new VerdictPair(c, bill.evaluate(c, org.amnistia.engine.Reading.FAVOURABLE),
                ley.evaluate(c, org.amnistia.engine.Reading.FAVOURABLE));
        Difference d = Difference.of(pair);
        assertThat(d.change()).isEqualTo(Change.LOSES);
        assertThat(d.articles()).isEqualTo("6.8 / 9");
        assertThat(d.es()).startsWith("pierde: Art. 9:").contains("lesiones gravísimas");
    }

    @Test
    void two_versions_and_two_readings_at_once_is_a_usage_error() {
        assertThat(run("compare", roster.toString(), "--law", "ley-2026", "--law", "proyecto-2026-02-05",
                "--reading", "favourable", "--reading", "strict")).isEqualTo(2);
    }

    @Test
    void an_output_whose_format_cannot_be_told_or_near_out_without_near_is_a_usage_error_writing_nothing() {
        Path diff = dir.resolve("diferencias.txt");
        Path nearOut = dir.resolve("cerca.csv");
        assertThat(run("compare", roster.toString(), "--law", "ley-2026", "--law", "proyecto-2026-02-05",
                "-o", diff.toString())).isEqualTo(2);
        assertThat(run("compare", roster.toString(), "--law", "ley-2026", "--law", "proyecto-2026-02-05",
                "--near-out", nearOut.toString())).isEqualTo(2);
        assertThat(diff).doesNotExist();
        assertThat(nearOut).doesNotExist();
    }

    private static JsonNode json(String text) {
        try {
            return CaseJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
