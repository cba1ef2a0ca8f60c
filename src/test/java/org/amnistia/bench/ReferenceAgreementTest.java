package org.amnistia.bench;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.engine.Reading;
import org.amnistia.roster.GeneratedRoster;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules engine and the plain-Java reference, written apart from docs/spec/semantica.md, agree on a
 * generated roster: same verdict, articles, doubts and missing facts for every case.
 */
class ReferenceAgreementTest {

    private static final Engine ENGINE = Engine.load("ley-2026");
    private static final List<CaseFile> ROSTER = new ArrayList<>();

    @BeforeAll
    static void generateRoster(@TempDir Path dir) throws IOException {
        ROSTER.addAll(GeneratedRoster.around(LawProbe.describe(ENGINE), 2026, 6_000, dir));
        assertThat(ROSTER).hasSizeGreaterThan(5_000);
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void engine_and_plain_java_give_the_same_verdict_fields(Reading reading) {
        List<Verdict> rules = evaluate(reading);
        List<Verdict> plain = new ReferenceEvaluator(reading, ENGINE.runDate()).evaluate(ROSTER);
        for (int i = 0; i < ROSTER.size(); i++) {
            Verdict a = rules.get(i);
            Verdict b = plain.get(i);
            String id = ROSTER.get(i).id();
            assertThat(a.verdict()).as(id).isEqualTo(b.verdict());
            assertThat(a.articles()).as(id).isEqualTo(b.articles());
            assertThat(a.doubts()).as(id).isEqualTo(b.doubts());
            assertThat(a.alternatives()).as(id).isEqualTo(b.alternatives());
            assertThat(a.missing().stream().map(Verdict.Missing::fact).toList()).as(id)
                    .isEqualTo(b.missing().stream().map(Verdict.Missing::fact).toList());
        }
    }

    @Test
    void the_roster_exercises_every_verdict_and_many_doubts() {
        List<Verdict> verdicts = evaluate(Reading.FAVOURABLE);
        assertThat(verdicts).extracting(Verdict::verdict).contains(Decision.values());
        assertThat(verdicts.stream().flatMap(v -> v.doubts().stream()).distinct().count()).isGreaterThanOrEqualTo(10);
    }

    /** The premise of the engine's shortcut: a strict reading never favours the person more. */
    @Test
    void the_strict_verdict_is_never_more_favourable_than_the_favourable_one() {
        List<Verdict> favourable = evaluate(Reading.FAVOURABLE);
        List<Verdict> strict = evaluate(Reading.STRICT);
        for (int i = 0; i < ROSTER.size(); i++) {
            assertThat(rank(strict.get(i).verdict())).as(ROSTER.get(i).id())
                    .isLessThanOrEqualTo(rank(favourable.get(i).verdict()));
        }
    }

    private static List<Verdict> evaluate(Reading reading) {
        try (ChunkEvaluator rules = ENGINE.evaluator(reading)) {
            return rules.evaluate(ROSTER);
        }
    }

    private static int rank(Decision d) {
        return switch (d) {
            case NOT_ELIGIBLE -> 0;
            case UNDETERMINED -> 1;
            case ELIGIBLE -> 2;
        };
    }
}
