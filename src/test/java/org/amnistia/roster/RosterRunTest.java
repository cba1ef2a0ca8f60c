package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class RosterRunTest {

    static final List<RosterGenerator.DateWindow> WINDOWS = List.of(
            new RosterGenerator.DateWindow(LocalDate.of(2024, 7, 28), LocalDate.of(2024, 8, 31)),
            new RosterGenerator.DateWindow(LocalDate.of(2017, 4, 1), LocalDate.of(2017, 7, 31)));

    /** A generated roster with the bad rows of {@link RosterReaderTest} appended. */
    static String roster(int rows) throws IOException {
        StringWriter out = new StringWriter();
        new RosterGenerator(7, WINDOWS).write(rows, out);
        return out + "\n" + "G-0000003,dup,,,,,,,,,,,,,,,,\n" + "X-1,bad,2024-02-30,,,,,,,,,,,,,,,\n" + "X-2,few\n";
    }

    record Outcome(String verdicts, String rejects, RosterSummary summary) {
    }

    static Outcome run(String roster, RosterFormat in, RosterFormat out, int threads, int chunk,
                       java.util.function.Supplier<ChunkEvaluator> evaluators) throws IOException {
        ByteArrayOutputStream verdicts = new ByteArrayOutputStream();
        ByteArrayOutputStream rejects = new ByteArrayOutputStream();
        RosterSummary summary;
        try (RosterReader reader = RosterReader.open(new ByteArrayInputStream(roster.getBytes(StandardCharsets.UTF_8)),
                in, "roster", -1);
             VerdictWriter writer = VerdictWriter.of(verdicts, out);
             RejectsWriter rejectsWriter = new RejectsWriter(rejects)) {
            summary = RosterRun.with(evaluators).threads(threads).chunkSize(chunk).rejects(rejectsWriter)
                    .run(reader, writer);
        }
        return new Outcome(verdicts.toString(StandardCharsets.UTF_8), rejects.toString(StandardCharsets.UTF_8), summary);
    }

    @Test
    void oneAndFourThreadsWriteTheSameVerdictsInInputOrder() throws IOException {
        String roster = roster(20_000);
        Outcome one = run(roster, RosterFormat.CSV, RosterFormat.JSONL, 1, 500, () -> new FakeChunkEvaluator(0));
        Outcome four = run(roster, RosterFormat.CSV, RosterFormat.JSONL, 4, 97, () -> new FakeChunkEvaluator(3_000));

        assertThat(four.verdicts()).isEqualTo(one.verdicts());
        assertThat(four.rejects()).isEqualTo(one.rejects());

        List<String> expectedIds = new ArrayList<>();
        try (RosterReader reader = RosterReaderTest.csv(roster)) {
            for (RosterRow r; (r = reader.next()) != null; ) {
                if (!r.isReject()) {
                    expectedIds.add(r.caseFile().id());
                }
            }
        }
        List<String> lines = four.verdicts().lines().toList();
        assertThat(lines).hasSize(expectedIds.size());
        for (int i = 0; i < lines.size(); i += 997) {
            assertThat(lines.get(i)).startsWith("{\"caseId\":\"" + expectedIds.get(i) + "\"");
        }
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"caseId\":\"" + expectedIds.get(expectedIds.size() - 1) + "\"");

        RosterSummary s = four.summary();
        assertThat(s.verdicts()).isEqualTo(lines.size());
        assertThat(s.rejects()).isEqualTo(3).isEqualTo(four.rejects().lines().count() - 1);
        assertThat(s.rows()).isEqualTo(20_003).isEqualTo(s.verdicts() + s.rejects());
        assertThat(s.byVerdict().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.verdicts());
        assertThat(s.byRejectReason()).containsOnly(entry("id", 1L), entry("conduct_from", 1L), entry("csv", 1L));
    }

    @Test
    void theCsvOutputIsAlsoIdenticalWhateverTheThreadCount() throws IOException {
        String roster = roster(5_000);
        Outcome one = run(roster, RosterFormat.CSV, RosterFormat.CSV, 1, 64, () -> new FakeChunkEvaluator(0));
        Outcome three = run(roster, RosterFormat.CSV, RosterFormat.CSV, 3, 50, () -> new FakeChunkEvaluator(2_000));

        assertThat(three.verdicts()).isEqualTo(one.verdicts()).startsWith(CsvVerdictWriter.HEADER + "\n");
        assertThat(three.verdicts().lines().count() - 1).isEqualTo(three.summary().verdicts());
    }

    @Test
    void everyRowOfABadCsvRosterEndsAsAVerdictOrAReject() throws IOException {
        Outcome o = run(RosterReaderTest.BAD_CSV, RosterFormat.CSV, RosterFormat.JSONL, 2, 2, () -> new FakeChunkEvaluator(0));
        RosterSummary s = o.summary();

        assertThat(s.rows()).isEqualTo(13);
        assertThat(s.verdicts()).isEqualTo(3);
        assertThat(s.rejects()).isEqualTo(10);
        assertThat(s.rows()).isEqualTo(s.verdicts() + s.rejects());
        assertThat(s.blank()).isEqualTo(2);
        assertThat(s.byRejectReason()).containsOnly(entry("charges", 1L), entry("conduct_from", 2L), entry("csv", 4L),
                entry("id", 2L), entry("political", 1L));
        assertThat(o.rejects().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())
                .containsExactly("4", "5", "6", "7", "8", "11", "12", "13", "14", "15");
    }

    @Test
    void everyLineOfABadJsonlRosterEndsAsAVerdictOrAReject() throws IOException {
        Outcome o = run(RosterReaderTest.BAD_JSONL, RosterFormat.JSONL, RosterFormat.JSONL, 2, 1, () -> new FakeChunkEvaluator(0));
        RosterSummary s = o.summary();

        assertThat(s.rows()).isEqualTo(7).isEqualTo(s.verdicts() + s.rejects());
        assertThat(s.verdicts()).isEqualTo(2);
        assertThat(s.blank()).isEqualTo(1);
        assertThat(s.byRejectReason()).containsOnly(entry("json", 2L), entry("conduct.politcal", 1L), entry("id", 1L),
                entry("conduct.from", 1L));
    }

    @Test
    void aFailingEvaluatorStopsTheRunWithAnErrorNamingTheRows() throws IOException {
        String roster = roster(10_000);
        ChunkEvaluator failing = cases -> {
            for (CaseFile c : cases) {
                if (c.id().equals("G-0004321")) {
                    throw new IllegalStateException("rule session broke");
                }
            }
            return new FakeChunkEvaluator(0).evaluate(cases);
        };

        assertThatThrownBy(() -> run(roster, RosterFormat.CSV, RosterFormat.JSONL, 2, 100, () -> failing))
                .isInstanceOfSatisfying(RosterEvaluationException.class, e -> {
                    assertThat(e.getMessage()).contains("rule session broke");
                    assertThat(e.firstRow()).isLessThanOrEqualTo(4322);
                    assertThat(e.lastRow()).isGreaterThanOrEqualTo(4322);
                });
    }

    @Test
    void anEvaluatorThatLosesOrReordersVerdictsIsAnError() throws IOException {
        String roster = roster(1_000);
        ChunkEvaluator losing = cases -> new FakeChunkEvaluator(0).evaluate(cases.subList(1, cases.size()));
        ChunkEvaluator reversing = cases -> {
            List<Verdict> v = new ArrayList<>(new FakeChunkEvaluator(0).evaluate(cases));
            java.util.Collections.reverse(v);
            return v;
        };

        assertThatThrownBy(() -> run(roster, RosterFormat.CSV, RosterFormat.JSONL, 2, 100, () -> losing))
                .isInstanceOf(RosterEvaluationException.class).hasMessageContaining("99 verdicts for 100 cases");
        assertThatThrownBy(() -> run(roster, RosterFormat.CSV, RosterFormat.JSONL, 2, 100, () -> reversing))
                .isInstanceOf(RosterEvaluationException.class).hasMessageContaining("not for its case");
    }

    @Test
    void aReadErrorMidwayStopsTheRunWithThatError() throws IOException {
        try (RosterReader inner = RosterReaderTest.csv(roster(5_000))) {
            RosterReader breaking = new RosterReader() {
                long n;
                public RosterRow next() throws IOException {
                    if (++n == 3_001) {
                        throw new IOException("disk gone");
                    }
                    return inner.next();
                }
                public long blankLines() { return inner.blankLines(); }
                public long bytesRead() { return inner.bytesRead(); }
                public long totalBytes() { return inner.totalBytes(); }
                public void close() throws IOException { inner.close(); }
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> RosterRun.with(() -> new FakeChunkEvaluator(200)).threads(2).chunkSize(100)
                    .run(breaking, VerdictWriter.of(out, RosterFormat.JSONL)))
                    .isInstanceOf(IOException.class).hasMessage("disk gone");
        }
    }

    @Test
    void eachWorkerThreadGetsItsOwnEvaluator() throws IOException {
        AtomicLong made = new AtomicLong();
        run(roster(3_000), RosterFormat.CSV, RosterFormat.JSONL, 3, 50, () -> {
            made.incrementAndGet();
            return new FakeChunkEvaluator(500);
        });
        assertThat(made.get()).isBetween(1L, 3L);
    }

    @Test
    void theReaderNeverRunsFarAheadOfTheWriter() throws IOException {
        int threads = 2;
        int chunk = 50;
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong maxLag = new AtomicLong();
        String roster = roster(20_000);
        try (RosterReader inner = RosterReaderTest.csv(roster)) {
            RosterReader counting = new RosterReader() {
                public RosterRow next() throws IOException {
                    RosterRow r = inner.next();
                    if (r != null && !r.isReject()) {
                        maxLag.accumulateAndGet(read.incrementAndGet() - written.get(), Math::max);
                    }
                    return r;
                }
                public long blankLines() { return inner.blankLines(); }
                public long bytesRead() { return inner.bytesRead(); }
                public long totalBytes() { return inner.totalBytes(); }
                public void close() throws IOException { inner.close(); }
            };
            VerdictWriter slowCounting = new VerdictWriter() {
                public byte[] encode(List<Verdict> verdicts) {
                    return new byte[verdicts.size()];
                }
                public void writeEncoded(byte[] oneBytePerVerdict) {
                    for (int i = 0; i < oneBytePerVerdict.length; i++) {
                        written.incrementAndGet();
                        if (written.get() % 500 == 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                        }
                    }
                }
                public void flush() { }
                public void close() { }
            };
            RosterSummary s = RosterRun.with(() -> new FakeChunkEvaluator(0)).threads(threads).chunkSize(chunk)
                    .run(counting, slowCounting);
            assertThat(s.verdicts()).isEqualTo(written.get());
        }
        // in flight: the queue (2 × threads), the chunk being written and the chunk being filled
        assertThat(maxLag.get()).isLessThanOrEqualTo((2L * threads + 2) * chunk);
    }
}
