package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule session serves chunk after chunk: nothing of one chunk may reach the next. */
class RuleSessionTest {

    private static List<CaseFile> sample() throws IOException {
        List<CaseFile> cases = new ArrayList<>();
        try (RosterReader reader = RosterReader.open(Path.of("cases/nominas/muestra.csv"))) {
            for (RosterRow row; (row = reader.next()) != null; ) {
                cases.add(row.caseFile());
            }
        }
        return cases;
    }

    @Test
    void aReusedSessionGivesEachCaseTheVerdictAFreshSessionGives() throws IOException {
        List<CaseFile> cases = sample();
        Engine engine = Engine.load("ley-2026");
        for (Reading reading : Reading.values()) {
            List<Verdict> oneByOne = new ArrayList<>();
            for (CaseFile c : cases) {
                oneByOne.add(engine.evaluate(c, reading)); // a new session for every case
            }
            try (ChunkEvaluator reused = engine.evaluator(reading)) {
                List<CaseFile> reversed = new ArrayList<>(cases);
                java.util.Collections.reverse(reversed);
                reused.evaluate(reversed); // the session has seen every case before the run below
                assertThat(reused.evaluate(cases)).as("%s", reading).isEqualTo(oneByOne);
                assertThat(reused.evaluate(cases)).as("%s, once more", reading).isEqualTo(oneByOne);
            }
        }
    }

    @Test
    void theBenchmarksEvaluatorWithoutDoubtsGivesTheSameDecisionsInOneEvaluationEach() throws IOException {
        List<CaseFile> cases = sample();
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator full = engine.evaluator(Reading.FAVOURABLE);
             ChunkEvaluator withoutDoubts = engine.evaluatorWithoutDoubtsForBenchmark(Reading.FAVOURABLE)) {
            List<Verdict> exact = full.evaluate(cases);
            List<Verdict> quick = withoutDoubts.evaluate(cases);
            assertThat(quick).extracting(Verdict::verdict).containsExactlyElementsOf(exact.stream().map(Verdict::verdict).toList());
            assertThat(exact).anySatisfy(v -> assertThat(v.doubts()).isNotEmpty());
            assertThat(quick).allSatisfy(v -> assertThat(v.doubts()).isEmpty());
            assertThat(withoutDoubts.readingsEvaluated()).isEqualTo(cases.size());
            assertThat(full.readingsEvaluated()).isGreaterThan(cases.size());
        }
    }

    @Test
    void aClosedEvaluatorDisposesOfItsSession() throws IOException {
        Engine engine = Engine.load("ley-2026");
        int before = engine.rules().kieBase().getKieSessions().size();
        ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE);
        evaluator.evaluate(sample().subList(0, 10));
        assertThat(engine.rules().kieBase().getKieSessions()).hasSize(before + 1);
        evaluator.close();
        assertThat(engine.rules().kieBase().getKieSessions()).hasSize(before);
    }

    @Test
    void casesSettledByMonotonicityAreEvaluatedOnceAndDoubtfulOnesMoreOften() {
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE)) {
            // not political: NOT_ELIGIBLE under the favourable reading, so under every reading
            evaluator.evaluate(List.of(CaseBuilder.conductOn("2024-07-30").political(false).build()));
            assertThat(evaluator.readingsEvaluated()).isEqualTo(1);
            // ceased unknown (D12) and a date only the favourable window of 8.12 covers (D05):
            // both ends, then each of the two candidates switched alone from the chosen end
            Verdict v = evaluator.evaluate(List.of(CaseBuilder.conductOn("2024-08-15").ceased(null).build())).get(0);
            assertThat(v.doubts()).containsExactly("D05", "D12");
            assertThat(evaluator.readingsEvaluated()).isEqualTo(1 + 4);
        }
    }

    @Test
    void candidatesThatLeaveTheVerdictAloneAreTestedTogetherFromTheOtherEnd() {
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE)) {
            // 2017, event unknown, ceased unknown: the ends differ in D02, D03 and D12, and only D12
            // moves the verdict. Both ends, then the three switched alone from the chosen end; the
            // chosen end with D12 switched is the other end with D02 and D03 switched together, and
            // it leaves the other end's verdict alone, so neither moves it alone: five, not seven.
            Verdict v = evaluator.evaluate(List.of(CaseBuilder.conductOn("2017-06-14").ceased(null).build())).get(0);
            assertThat(v.doubts()).containsExactly("D12");
            assertThat(evaluator.readingsEvaluated()).isEqualTo(2 + 3);
        }
    }
}
