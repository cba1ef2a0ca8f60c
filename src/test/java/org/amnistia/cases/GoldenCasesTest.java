package org.amnistia.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Replays every golden case of {@code cases/} (each a point of law, written by hand from the law)
 * under every version and reading its {@code .esperado.json} names, and compares the verdict,
 * articles, doubts and missing facts exactly; listed findings and alternatives must be there.
 */
class GoldenCasesTest {

    private static final Path CASES = Path.of("cases");

    static Stream<Named<Path>> goldenCases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            List<Path> cases = files.filter(p -> p.toString().endsWith(".caso.json")).sorted().toList();
            assertThat(cases).as("golden cases under cases/").isNotEmpty();
            return cases.stream().map(p -> Named.of(CASES.relativize(p).toString().replace(".caso.json", ""), p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void verdict_is_the_one_the_law_gives(Path caseFile) throws IOException {
        CaseFile file = CaseJson.parse(Files.readString(caseFile));
        Path expectedFile = Path.of(caseFile.toString().replace(".caso.json", ".esperado.json"));
        JsonNode expected = CaseJson.mapper().readTree(expectedFile.toFile());
        assertThat(expected.path("punto").asText()).as("the point of law the case encodes").isNotBlank();
        assertThat(file.id()).as("id is the file name").isEqualTo(caseFile.getFileName().toString()
                .replace(".caso.json", ""));
        JsonNode byLaw = expected.path("esperado");
        assertThat(byLaw.size()).as("expectations").isPositive();
        List<Runnable> checks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> laws = byLaw.fields(); laws.hasNext(); ) {
            Map.Entry<String, JsonNode> law = laws.next();
            Engine engine = Engine.load(law.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> readings = law.getValue().fields(); readings.hasNext(); ) {
                Map.Entry<String, JsonNode> reading = readings.next();
                Verdict verdict = engine.evaluate(file, Reading.parse(reading.getKey()));
                checks.add(() -> compare(law.getKey() + "/" + reading.getKey(), verdict, reading.getValue()));
            }
        }
        assertAll(checks.stream().map(c -> c::run));
    }

    private static void compare(String where, Verdict actual, JsonNode expected) {
        assertThat(actual.verdict().name()).as(where + " verdict").isEqualTo(expected.path("verdict").asText());
        assertThat(actual.articles()).as(where + " articles").containsExactlyElementsOf(texts(expected.path("articles")));
        assertThat(actual.doubts()).as(where + " doubts").containsExactlyElementsOf(texts(expected.path("doubts")));
        assertThat(actual.missing().stream().map(Verdict.Missing::fact).toList()).as(where + " missing")
                .containsExactlyElementsOf(texts(expected.path("missing")));
        for (JsonNode finding : expected.path("findings")) {
            String text = finding.path("text").asText("").toLowerCase(Locale.ROOT);
            assertThat(actual.findings()).as(where + " finding " + finding).anySatisfy(f -> {
                assertThat(f.article()).isEqualTo(finding.path("article").asText());
                assertThat(f.outcome().name()).isEqualTo(finding.path("outcome").asText());
                assertThat(f.es().toLowerCase(Locale.ROOT).contains(text)
                        || f.en().toLowerCase(Locale.ROOT).contains(text)).isTrue();
            });
        }
        if (expected.has("alternatives")) {
            Map<String, String> alternatives = new java.util.TreeMap<>();
            expected.path("alternatives").fields().forEachRemaining(e -> alternatives.put(e.getKey(), e.getValue().asText()));
            Map<String, String> actualAlternatives = new java.util.TreeMap<>();
            actual.alternatives().forEach((k, v) -> actualAlternatives.put(k, v.name()));
            assertThat(actualAlternatives).as(where + " alternatives").isEqualTo(alternatives);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
