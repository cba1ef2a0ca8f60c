package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;
import org.amnistia.verdict.Decision;
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
    void casesSettledByMonotonicityAreEvaluatedOnceAndDoubtsInDifferentChecksAreToldByTheEnds() {
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE)) {
            // not political: NOT_ELIGIBLE under the favourable reading, so under every reading
            evaluator.evaluate(List.of(CaseBuilder.conductOn("2024-07-30").political(false).build()));
            assertThat(evaluator.readingsEvaluated()).isEqualTo(1);
            // ceased unknown for a conduct dated by its month (D12, Art. 7) and a date only the favourable window of 8.12 covers
            // (D05, Art. 8): each doubt is the only candidate of its check, so the two ends tell
            // the verdict with either switched alone, and nothing more is evaluated
            Verdict v = evaluator.evaluate(List.of(CaseBuilder.conductOn("2024-08").ceased(null).build())).get(0);
            assertThat(v.doubts()).containsExactly("D05", "D12");
            assertThat(v.alternatives()).containsEntry("D05", Decision.NOT_ELIGIBLE).containsEntry("D12", Decision.UNDETERMINED);
            assertThat(evaluator.readingsEvaluated()).isEqualTo(1 + 2);
        }
    }

    @Test
    void candidatesOfOneCheckAreSwitchedAloneFromEachEnd() {
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE)) {
            // 25 July to 5 August 2024: wholly inside the favourable window of 8.12 (D05), partly
            // inside its strict one, July (D14). Both doubts are candidates of Art. 8, so the ends
            // cannot tell a switch of one alone: each is switched from the favourable end, which
            // leaves it covered. From the strict end, each alone covers; with two candidates that is
            // the favourable end with the other one switched, already evaluated: two and two.
            Verdict v = evaluator.evaluate(List.of(CaseBuilder.conductOn("2024-07-25").to("2024-08-05").build())).get(0);
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.doubts()).containsExactly("D05", "D14");
            assertThat(evaluator.readingsEvaluated()).isEqualTo(2 + 2);
        }
    }

    @Test
    void candidatesThatLeaveTheVerdictAloneAreTestedTogetherFromTheOtherEnd() {
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator evaluator = engine.evaluator(Reading.FAVOURABLE)) {
            // 23 April to 7 May 2019, event unknown: 8.10 covers it only under the favourable D14,
            // and 8.8 would need the event (its bounds D02, its link D03). All three are candidates
            // of Art. 8. From the favourable end only D14 moves the verdict. The strict end with
            // D02 and D03 switched back together is the favourable end with D14 switched: it leaves
            // the strict verdict alone, so neither moves it alone. Two ends, three switches: five.
            Verdict v = evaluator.evaluate(List.of(CaseBuilder.conductOn("2019-04-23").to("2019-05-07").build())).get(0);
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.doubts()).containsExactly("D14");
            assertThat(evaluator.readingsEvaluated()).isEqualTo(2 + 3);
        }
    }

    @Test
    void aCheckBetweenItsEndsCannotMoveAVerdictAnotherCheckAlreadyDecides() {
        Engine engine = Engine.load("ley-2026");
        try (ChunkEvaluator evaluator = engine.evaluator(Reading.STRICT)) {
            // Strict reading; a charge for requesting sanctions (D11) and 25 July to 5 August 2024
            // (D05 and D14, both of Art. 8). From the strict end, with the charge still excluded,
            // switching D05 or D14 leaves the verdict NOT_ELIGIBLE whatever Art. 8 then says, and
            // switching D11 leaves Art. 8 at its strict result: none is evaluated. From the
            // favourable end only the two Art. 8 switches are: two ends and two switches.
            Verdict v = evaluator.evaluate(List.of(CaseBuilder.conductOn("2024-07-25").to("2024-08-05")
                    .charge("solicitud de sanciones").build())).get(0);
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(v.doubts()).containsExactly("D11");
            assertThat(v.alternatives()).containsEntry("D11", Decision.NOT_ELIGIBLE);
            assertThat(evaluator.readingsEvaluated()).isEqualTo(2 + 2);
        }
    }
}
