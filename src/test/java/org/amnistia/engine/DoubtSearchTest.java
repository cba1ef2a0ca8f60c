package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.facts.CaseFacts;
import org.amnistia.engine.facts.Charge;
import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.Ruling;
import org.amnistia.engine.facts.Subject;
import org.amnistia.law.LawVersions;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.roster.GeneratedRoster;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doubt search evaluates as few readings as it can ({@link RuleSession}, {@link ReadingEnds});
 * the doubts it lists must still be exactly those of docs/spec/semantica.md §3. Checked here against the
 * definition itself, for every shipped version and both readings: each case of a generated roster
 * evaluated at both ends and with every doubt switched alone from each end.
 */
class DoubtSearchTest {

    private static final int ROWS = 2_500;
    private static final OffenseCatalog CATALOG = OffenseCatalog.standard();

    static List<String> versions() {
        return LawVersions.available();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void theDoubtsFoundAreThoseWhoseSwitchAloneMovesTheVerdictFromEitherEnd(String law, @TempDir Path dir) throws IOException {
        Engine engine = Engine.load(law);
        List<CaseFile> roster = GeneratedRoster.around(LawProbe.describe(engine), 7, ROWS, dir);
        List<Map<Integer, Decision>> everySwitch = new ArrayList<>(roster.size());
        for (CaseFile file : roster) {
            everySwitch.add(decisionsOfEverySingleSwitch(engine, file));
        }
        int doubtful = 0;
        for (Reading reading : Reading.values()) {
            List<Verdict> found;
            try (ChunkEvaluator evaluator = engine.evaluator(reading)) {
                found = evaluator.evaluate(roster);
            }
            int chosen = reading == Reading.FAVOURABLE ? 0 : Doubts.ALL;
            for (int i = 0; i < roster.size(); i++) {
                Map<String, Decision> expected = byDefinition(everySwitch.get(i), chosen);
                Verdict v = found.get(i);
                assertThat(v.verdict()).as("%s %s %s", law, reading, v.caseId()).isEqualTo(everySwitch.get(i).get(chosen));
                assertThat(v.alternatives()).as("%s %s %s", law, reading, v.caseId()).isEqualTo(expected);
                assertThat(v.doubts()).as("%s %s %s", law, reading, v.caseId()).containsExactlyElementsOf(expected.keySet());
                doubtful += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(doubtful).as("cases whose verdict depends on some doubt").isGreaterThan(ROWS / 10);
    }

    /** docs/spec/semantica.md §3: each doubt whose switch alone moves the verdict from the chosen end or the other. */
    private static Map<String, Decision> byDefinition(Map<Integer, Decision> decisions, int chosen) {
        int other = chosen ^ Doubts.ALL;
        Map<String, Decision> alternatives = new LinkedHashMap<>();
        for (int i = 0; i < Doubts.COUNT; i++) {
            int bit = 1 << i;
            Decision fromChosen = decisions.get(chosen ^ bit);
            if (fromChosen != decisions.get(chosen) || decisions.get(other ^ bit) != decisions.get(other)) {
                alternatives.put(Doubts.id(i), fromChosen);
            }
        }
        return alternatives;
    }

    /** The verdict under both ends and every doubt switched alone from each: 30 readings, one session. */
    private static Map<Integer, Decision> decisionsOfEverySingleSwitch(Engine engine, CaseFile file) {
        List<Integer> readings = new ArrayList<>(List.of(0, Doubts.ALL));
        for (int i = 0; i < Doubts.COUNT; i++) {
            readings.add(1 << i);
            readings.add(Doubts.ALL ^ (1 << i));
        }
        KieSession session = engine.rules().kieBase().newKieSession();
        try {
            session.setGlobal("eventos", engine.rules().events());
            CaseFacts facts = new CaseFacts(file, engine.runDate());
            Map<Integer, Decision> decisions = new HashMap<>();
            for (int strictDoubts : readings) {
                // The decision rules conclude the ruling for the verdict alone: it reaches the subject, not the session.
                Subject subject = new Subject(facts, strictDoubts, (conclusion, present) -> {
                    if (conclusion instanceof Ruling r) {
                        assertThat(decisions.put(strictDoubts, r.getDecision())).isNull();
                    }
                });
                session.insert(subject);
                List<CaseFile.Charge> charges = file.charges() == null ? List.of() : file.charges();
                for (int i = 0; i < charges.size(); i++) {
                    session.insert(new Charge(subject, i, charges.get(i), CATALOG.recognise(charges.get(i).offense())));
                }
            }
            session.fireAllRules();
            assertThat(decisions).hasSize(readings.size());
            return decisions;
        } finally {
            session.dispose();
        }
    }
}
