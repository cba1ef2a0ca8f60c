package org.amnistia.roster;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictWriterTest {

    static String written(RosterFormat format, Verdict... verdicts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (VerdictWriter w = VerdictWriter.of(bytes, format)) {
            for (Verdict v : verdicts) {
                w.write(v);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCsvWriterNeutralisesCellsThatASpreadsheetWouldRun() {
        assertThat(CsvCells.escape("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvCells.escape("+1")).isEqualTo("'+1");
        assertThat(CsvCells.escape("-2")).isEqualTo("'-2");
        assertThat(CsvCells.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.escape("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.escape("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.escape("=a,b")).isEqualTo("\"'=a,b\"");
    }

    @Test
    void theCsvWriterQuotesOnlyWhereRfc4180Needs() {
        assertThat(CsvCells.escape("plain text, with comma")).isEqualTo("\"plain text, with comma\"");
        assertThat(CsvCells.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.escape("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.escape("8.12;9")).isEqualTo("8.12;9");
        assertThat(CsvCells.escape("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.escape("")).isEmpty();
        assertThat(CsvCells.escape(null)).isEmpty();
    }

    @Test
    void aVerdictCsvRowGivesTheListsAndTheDecidingReason() throws IOException {
        String csv = written(RosterFormat.CSV,
                FakeChunkEvaluator.verdictFor("a"), // "a".hashCode() % 3 == 1: NOT_ELIGIBLE
                FakeChunkEvaluator.verdictFor("b"), // 2: UNDETERMINED
                FakeChunkEvaluator.verdictFor("c")); // 0: ELIGIBLE

        assertThat(csv.split("\n", -1)).containsExactly(
                "id,verdict,articles,doubts,missing,reason_es,reason_en",
                "a,NOT_ELIGIBLE,9;9.B,,,\"homicidio, excluido\",\"homicide, excluded\"",
                "b,UNDETERMINED,8,,conduct.political;conduct.from,¿hubo motivación política? / ¿cuándo?,was it political? / when?",
                "c,ELIGIBLE,4;5;6;7;8.12;9,D12,,cubierto por el 8.12,covered by 8.12",
                "");
    }

    @Test
    void theVerdictCsvNeutralisesADangerousCaseId() throws IOException {
        Verdict v = new Verdict("=HYPERLINK(\"x\")", "ley-2026", "favourable", Decision.NOT_ELIGIBLE, List.of("8"), List.of("8"),
                List.of(new Verdict.Finding("8", FindingOutcome.NOT_COVERED, "-fuera", "-outside")),
                List.of(), List.of(), List.of(), Map.of());

        assertThat(written(RosterFormat.CSV, v).split("\n")[1])
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",NOT_ELIGIBLE,8,,,'-fuera,'-outside");
    }

    @Test
    void theReasonOfAnEligibleVerdictIsItsCoveringNumeralNotTheArticleSixFinding() {
        VerdictReason reason = VerdictReason.of(FakeChunkEvaluator.verdictFor("c"));
        assertThat(reason).isEqualTo(new VerdictReason("cubierto por el 8.12", "covered by 8.12"));

        Verdict noFinding = new Verdict("x", "l", "r", Decision.NOT_ELIGIBLE, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        assertThat(VerdictReason.of(noFinding)).isEqualTo(new VerdictReason("", ""));
    }

    @Test
    void verdictJsonlIsOneObjectPerLineWithTheRecordsFieldOrder() throws IOException {
        String jsonl = written(RosterFormat.JSONL, FakeChunkEvaluator.verdictFor("c"), FakeChunkEvaluator.verdictFor("a"));

        String[] lines = jsonl.split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        JsonNode first = CaseJson.mapper().readTree(lines[0]);
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("caseId", "law", "reading", "verdict", "articles", "articlesExamined", "findings", "doubts",
                "missing", "obligations", "alternatives");
        assertThat(lines[0]).startsWith("{\"caseId\":\"c\"");
        assertThat(CaseJson.mapper().readTree(lines[1]).has("alternatives")).isFalse();
        assertThat(CaseJson.mapper().readValue(lines[0], Verdict.class)).isEqualTo(FakeChunkEvaluator.verdictFor("c"));
    }

    @Test
    void aChunkEncodedAtOnceIsItsVerdictsWrittenOneByOne() throws IOException {
        List<Verdict> chunk = List.of(FakeChunkEvaluator.verdictFor("a"), FakeChunkEvaluator.verdictFor("b"),
                FakeChunkEvaluator.verdictFor("c"));
        for (RosterFormat format : RosterFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (VerdictWriter w = VerdictWriter.of(bytes, format)) {
                w.writeEncoded(w.encode(chunk));
            }
            assertThat(bytes.toString(StandardCharsets.UTF_8)).as("%s", format)
                    .isEqualTo(written(format, chunk.toArray(Verdict[]::new)));
        }
    }

    @Test
    void theWriterIsChosenByTheOutputExtension(@TempDir Path dir) throws IOException {
        Verdict v = FakeChunkEvaluator.verdictFor("a");
        for (String name : List.of("out.csv", "out.jsonl", "out.NDJSON")) {
            try (VerdictWriter w = VerdictWriter.open(dir.resolve(name))) {
                w.write(v);
            }
        }
        assertThat(Files.readString(dir.resolve("out.csv"))).startsWith("id,verdict,");
        assertThat(Files.readString(dir.resolve("out.jsonl"))).startsWith("{\"caseId\":\"a\"");
        assertThat(Files.readString(dir.resolve("out.NDJSON"))).startsWith("{\"caseId\":\"a\"");
        assertThatThrownBy(() -> VerdictWriter.open(dir.resolve("out.xlsx"))).isInstanceOf(RosterFileException.class);
    }

    @Test
    void theRejectsFileHasItsHeaderAndNeutralisedCells() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RejectsWriter w = new RejectsWriter(bytes)) {
            w.write(new Reject(7, "@id", "political", "«x» no es sí/no", "«x» is not yes/no, sorry"));
            w.write(new Reject(9, "", "csv", "la fila tiene 3 celdas", "the row has 3 cells"));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n", -1)).containsExactly(
                "row,id,field,reason_es,reason_en",
                "7,'@id,political,«x» no es sí/no,\"«x» is not yes/no, sorry\"",
                "9,,csv,la fila tiene 3 celdas,the row has 3 cells",
                "");
    }
}
