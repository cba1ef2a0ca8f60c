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

    /** Runs {@code amnistia ARGS}, keeping the summary it prints on standard error in {@code err}. */
    private static int run(StringBuilder err, String... args) {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return run(args);
        } finally {
            System.setErr(before);
            err.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
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
        assertThat(d.es()).startsWith("pierde (amparado → no amparado): Art. 9:").contains("lesiones gravísimas");
        assertThat(d.en()).startsWith("loses (covered → not covered): Art. 9:");
        assertThat(d.decisive()).containsExactly("9");
    }

    @Test
    void a_move_to_undetermined_names_the_fact_now_missing() {
        org.amnistia.engine.Engine ley = org.amnistia.engine.Engine.load("ley-2026");
        var known = CaseJson.parse("""
                {"id": "x", "conduct": {"from": "2017-05-04", "political": true, "ceased": true},
                 "charges": [{"offense": "Lesiones gravísimas"}], "proceeding": {"stage": "TRIAL"}}""");
        var unknown = CaseJson.parse("""
                {"id": "x", "conduct": {"from": "2017-05-04", "ceased": true},
                 "charges": [{"offense": "Instigación a delinquir"}], "proceeding": {"stage": "TRIAL"}}""");
        var a = ley.evaluate(known, org.amnistia.engine.Reading.FAVOURABLE);
        var b = ley.evaluate(unknown, org.amnistia.engine.Reading.FAVOURABLE);
        assertThat(b.verdict()).isEqualTo(org.amnistia.verdict.Decision.UNDETERMINED);
        Difference d = Difference.of(new VerdictPair(unknown, a, b));
        assertThat(d.es()).startsWith("cambia (no amparado → indeterminado): ").contains("| falta: " + b.missing().get(0).es());
        assertThat(d.en()).contains("| missing: " + b.missing().get(0).en());
    }

    @Test
    void every_output_states_the_reading_of_each_side() throws IOException {
        Path diff = dir.resolve("lecturas.csv");
        Path summary = dir.resolve("lecturas.json");
        StringBuilder err = new StringBuilder();
        assertThat(run(err, "compare", roster.toString(), "--law", "proyecto-2026-02-05", "--law", "ley-2026",
                "--reading", "strict", "-o", diff.toString(), "--summary", summary.toString())).isZero();
        assertThat(err.toString()).contains("Comparación proyecto-2026-02-05/strict → ley-2026/strict")
                .contains("lectura A: strict · lectura B: strict");
        List<String> rows = Files.readAllLines(diff);
        assertThat(rows.get(0)).isEqualTo("id,verdict_a,verdict_b,change,articles,reason_es,reason_en,reading_a,reading_b");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> assertThat(r).endsWith(",strict,strict"));
        JsonNode s = json(Files.readString(summary));
        assertThat(s.get("a").asText()).isEqualTo("proyecto-2026-02-05/strict");
        assertThat(s.get("reading_a").asText()).isEqualTo("strict");
        assertThat(s.get("reading_b").asText()).isEqualTo("strict");
    }

    @Test
    void two_versions_under_both_readings_give_a_two_by_two_table_that_agrees_with_one_run_per_reading()
            throws IOException {
        Map<String, JsonNode> single = new LinkedHashMap<>();
        for (String reading : List.of("favourable", "strict")) {
            Path s = dir.resolve("una-" + reading + ".json");
            assertThat(run("compare", roster.toString(), "--law", "proyecto-2026-02-05", "--law", "ley-2026",
                    "--reading", reading, "-o", dir.resolve("una-" + reading + ".jsonl").toString(), "--summary",
                    s.toString())).isZero();
            single.put(reading, json(Files.readString(s)));
        }
        Path diff = dir.resolve("ambas.jsonl");
        Path summary = dir.resolve("ambas.json");
        StringBuilder err = new StringBuilder();
        assertThat(run(err, "compare", roster.toString(), "--law", "proyecto-2026-02-05", "--law", "ley-2026",
                "--reading", "favourable", "--reading", "strict", "-o", diff.toString(), "--summary",
                summary.toString())).isZero();
        JsonNode both = json(Files.readString(summary));
        assertThat(both.get("compared").asLong()).isEqualTo(1500);
        List<JsonNode> rows = Files.readAllLines(diff).stream().map(CompareCommandTest::json).toList();
        for (String reading : List.of("favourable", "strict")) {
            JsonNode table = both.get("by_reading").get(reading);
            JsonNode one = single.get(reading);
            for (String count : List.of("a", "b", "reading_a", "reading_b", "gains", "loses", "changes", "unchanged",
                    "by_article")) {
                assertThat(table.get(count)).as(reading + " " + count).isEqualTo(one.get(count));
            }
            assertThat(rows.stream().filter(r -> r.get("reading_a").asText().equals(reading)).count())
                    .isEqualTo(Files.readAllLines(dir.resolve("una-" + reading + ".jsonl")).size());
        }
        assertThat(err.toString()).contains("A → B por lectura: proyecto-2026-02-05 → ley-2026")
                .containsPattern("favourable +" + single.get("favourable").get("gains").asLong() + " +"
                        + single.get("favourable").get("loses").asLong())
                .containsPattern("strict +" + single.get("strict").get("gains").asLong() + " +"
                        + single.get("strict").get("loses").asLong());
    }

    @Test
    void the_summary_counts_gains_and_losses_by_the_article_that_made_the_difference() throws IOException {
        Path diff = dir.resolve("articulos.jsonl");
        Path summary = dir.resolve("articulos.json");
        StringBuilder err = new StringBuilder();
        assertThat(run(err, "compare", roster.toString(), "--law", "proyecto-2026-02-05", "--law", "ley-2026",
                "-o", diff.toString(), "--summary", summary.toString())).isZero();
        List<JsonNode> rows = Files.readAllLines(diff).stream().map(CompareCommandTest::json).toList();
        JsonNode byArticle = json(Files.readString(summary)).get("by_article");
        for (String change : List.of("gains", "loses")) {
            Map<String, Long> expected = new LinkedHashMap<>();
            rows.stream().filter(r -> r.get("change").asText().equals(change)).forEach(r -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("Art\\. ([^:]+):")
                        .matcher(r.get("reason_es").asText());
                java.util.Set<String> seen = new java.util.LinkedHashSet<>();
                while (m.find()) {
                    seen.add(m.group(1));
                }
                seen.forEach(a -> expected.merge(a, 1L, Long::sum));
            });
            Map<String, Long> counted = new LinkedHashMap<>();
            byArticle.get(change).fields().forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asLong()));
            assertThat(counted).as(change).isNotEmpty().isEqualTo(expected);
        }
        assertThat(err.toString()).contains("ganan por artículo: Art. ").contains("pierden por artículo: Art. 9 ");
    }

    @Test
    void help_explains_every_output_column() {
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run("compare", "--help")).isZero();
        for (String column : "id,verdict_a,verdict_b,change,articles,reason_es,reason_en,reading_a,reading_b".split(",")) {
            assertThat(cli.out.toString()).containsPattern("(?m)^  " + column + " +\\S");
        }
    }

    @Test
    void a_report_of_two_versions_under_both_readings_is_a_usage_error() {
        assertThat(run("compare", roster.toString(), "--law", "ley-2026", "--law", "proyecto-2026-02-05",
                "--reading", "favourable", "--reading", "strict", "--report", dir.resolve("x.html").toString()))
                .isEqualTo(2);
        assertThat(dir.resolve("x.html")).doesNotExist();
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
