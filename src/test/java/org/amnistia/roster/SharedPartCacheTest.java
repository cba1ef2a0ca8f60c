package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reasons encoded once are written with the very bytes Jackson writes for them. */
class SharedPartCacheTest {

    private static List<Verdict> sampleVerdicts(Reading reading) throws IOException {
        List<CaseFile> cases = new ArrayList<>();
        try (RosterReader reader = RosterReader.open(Path.of("cases/nominas/muestra.csv"))) {
            for (RosterRow row; (row = reader.next()) != null; ) {
                cases.add(row.caseFile());
            }
        }
        try (var evaluator = Engine.load().evaluator(reading)) {
            return evaluator.evaluate(cases);
        }
    }

    private static String encoded(List<Verdict> verdicts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (VerdictWriter w = VerdictWriter.of(bytes, RosterFormat.JSONL)) {
            w.writeEncoded(w.encode(verdicts));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String jackson(List<Verdict> verdicts) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Verdict v : verdicts) {
            b.append(CaseJson.mapper().writeValueAsString(v)).append('\n');
        }
        return b.toString();
    }

    @Test
    void theSampleRosterIsWrittenAsJacksonWritesItWhetherItsReasonsAreCachedOrNot() throws IOException {
        for (Reading reading : Reading.values()) {
            List<Verdict> verdicts = sampleVerdicts(reading);
            String expected = jackson(verdicts);
            assertThat(encoded(verdicts)).as("first pass, %s", reading).isEqualTo(expected);
            assertThat(encoded(verdicts)).as("second pass, reasons cached, %s", reading).isEqualTo(expected);
        }
    }

    @Test
    void reasonsWithoutArgumentsAreSharedBetweenVerdicts() throws IOException {
        // The Art. 4 guidance holds only for a covered case: an eligible verdict carries it as it is.
        List<Verdict> eligible = sampleVerdicts(Reading.FAVOURABLE).stream()
                .filter(v -> v.verdict() == Decision.ELIGIBLE).toList();
        Verdict.Finding guidance = eligible.get(0).findings().get(0);
        assertThat(guidance.article()).isEqualTo("4");
        assertThat(eligible).hasSizeGreaterThan(10)
                .allSatisfy(v -> assertThat(v.findings()).anySatisfy(f -> assertThat(f).isSameAs(guidance)));
    }
}
