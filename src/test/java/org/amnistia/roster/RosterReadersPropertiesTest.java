package org.amnistia.roster;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.verdict.Verdict;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes a roster holds, a run never crashes and every row is accounted for
 * ({@code rows = verdicts + rejects}), in CSV and in JSONL; a valid row's verdict never depends on
 * the rows around it; the case parser answers anything with a case or a clear error.
 */
class RosterReadersPropertiesTest {

    private static final String HEADER = RosterGenerator.HEADER;
    private static final List<String> VALID = validRows();

    private static List<String> validRows() {
        StringWriter out = new StringWriter();
        try {
            new RosterGenerator(5, List.of()).write(40, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>(out.toString().lines().toList());
        lines.remove(0); // the header
        return lines;
    }

    /** Runs the roster with a stand-in evaluator; the summary, or the reason it could not be read. */
    private static RosterSummary run(byte[] bytes, RosterFormat format) throws IOException {
        RosterReader reader;
        try {
            reader = RosterReader.open(new ByteArrayInputStream(bytes), format, "prueba", bytes.length);
        } catch (RosterFileException unreadable) {
            return null; // a header that cannot be read at all: a clear error, exit 2
        }
        try (reader) {
            VerdictWriter out = VerdictWriter.of(new ByteArrayOutputStream(), RosterFormat.JSONL);
            return RosterRun.with(() -> new FakeChunkEvaluator(0)).threads(2).chunkSize(7).run(reader, out);
        }
    }

    @Property(tries = 300)
    void arbitrary_bytes_never_crash_a_run_and_every_row_is_counted(@ForAll @Size(max = 3000) byte[] bytes,
                                                                     @ForAll boolean withHeader,
                                                                     @ForAll RosterFormat format) throws IOException {
        byte[] input = withHeader && format == RosterFormat.CSV ? concat((HEADER + "\n").getBytes(StandardCharsets.UTF_8), bytes) : bytes;
        RosterSummary summary = run(input, format);
        if (summary != null) {
            assertThat(summary.rows()).isEqualTo(summary.verdicts() + summary.rejects());
        }
    }

    @Property(tries = 300)
    void mutated_rows_never_crash_a_run_and_every_row_is_counted(@ForAll("mutatedCsv") String roster) throws IOException {
        RosterSummary summary = run(roster.getBytes(StandardCharsets.UTF_8), RosterFormat.CSV);
        assertThat(summary).isNotNull();
        assertThat(summary.rows()).isEqualTo(summary.verdicts() + summary.rejects());
    }

    @Property(tries = 60)
    void a_valid_rows_verdict_never_changes_with_the_rows_around_it(@ForAll("mutatedCsv") String around,
                                                                  @ForAll("validRow") String row) throws IOException {
        Engine engine = Engine.load("ley-2026");
        Verdict alone = verdictOf(HEADER + "\n" + row + "\n", row, engine);
        List<String> lines = new ArrayList<>(around.lines().toList());
        String roster = lines.get(0) + "\n" + String.join("\n", lines.subList(1, lines.size())) + "\n" + row + "\n";
        Verdict amid = verdictOf(roster, row, engine);
        if (amid != null) { // the surrounding rows may repeat its id, which is then a reject
            assertThat(amid).isEqualTo(alone);
        }
    }

    @Property(tries = 500)
    void the_case_parser_answers_anything_with_a_case_or_a_clear_error(@ForAll("jsonish") String text) {
        try {
            CaseFile file = CaseJson.parse(text);
            assertThat(file).isNotNull();
        } catch (InvalidCaseException clear) {
            assertThat(clear.es()).isNotBlank();
            assertThat(clear.en()).isNotBlank();
        }
    }

    /**
     * The verdict a roster gives its last line, {@code row}; null when that line was rejected (the
     * rows before it may repeat its id: the first one then keeps it, and this one is a reject).
     */
    private static Verdict verdictOf(String roster, String row, Engine engine) throws IOException {
        long lastLine = roster.lines().count();
        byte[] bytes = roster.getBytes(StandardCharsets.UTF_8);
        try (RosterReader reader = RosterReader.open(new ByteArrayInputStream(bytes), RosterFormat.CSV, "p", bytes.length)) {
            List<CaseFile> cases = new ArrayList<>();
            int last = -1;
            for (RosterRow r = reader.next(); r != null; r = reader.next()) {
                if (!r.isReject()) {
                    if (r.row() == lastLine) {
                        last = cases.size();
                    }
                    cases.add(r.caseFile());
                }
            }
            if (last < 0) {
                return null;
            }
            try (ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE)) {
                Verdict v = evaluator.evaluate(cases).get(last);
                assertThat(v.caseId()).isEqualTo(row.substring(0, row.indexOf(',')));
                return v;
            }
        }
    }

    @Provide
    Arbitrary<String> validRow() {
        return Arbitraries.of(VALID);
    }

    /** A header and valid rows, some of them cut, spliced, doubled or sprinkled with odd characters. */
    @Provide
    Arbitrary<String> mutatedCsv() {
        Arbitrary<String> line = Arbitraries.of(VALID).flatMap(row -> Arbitraries.oneOf(
                Arbitraries.just(row),
                Arbitraries.integers().between(0, row.length()).map(n -> row.substring(0, n)),
                Arbitraries.integers().between(0, row.length()).flatMap(n -> Arbitraries.of(",", "\"", "\r", ";", "\u0000",
                        "\uFFFD", "é", ",,,,,,,,,,,,,,,,,,,,", "\"\"\"").map(s -> row.substring(0, n) + s + row.substring(n))),
                Arbitraries.just(row + "," + row)));
        return line.list().ofMaxSize(25).map(lines -> HEADER + "\n" + String.join("\n", lines));
    }

    /** Texts that look like cases: valid ones, cut ones, and JSON with odd values. */
    @Provide
    Arbitrary<String> jsonish() {
        String valid = """
                {"id": "c", "conduct": {"from": "2024-07-30", "political": true}, "charges": [{"offense": "Terrorismo"}],
                 "person": {"location": "VENEZUELA"}, "proceeding": {"stage": "CONTROL"}}""";
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, valid.length()).map(n -> valid.substring(0, n)),
                Arbitraries.integers().between(0, valid.length()).flatMap(n -> Arbitraries.strings().ofMaxLength(6)
                        .map(s -> valid.substring(0, n) + s + valid.substring(n))),
                Arbitraries.strings().ofMaxLength(200));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
