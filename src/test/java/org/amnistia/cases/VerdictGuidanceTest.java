package org.amnistia.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Messages;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What surrounds a verdict never contradicts it, on every golden case, every version it names and
 * both readings: a NOT_ELIGIBLE verdict states no effect of the amnesty, no advice to obtain it and
 * no duty; an UNDETERMINED one states them only as a condition («Si se confirma el amparo: …»).
 */
class VerdictGuidanceTest {

    /** The texts that say what the amnesty does or how to obtain it (their fixed opening words). */
    private static final List<String> EFFECT_KEYS = List.of("art04.d13.favorable", "art04.d13.estricta",
            "art07.no_privacion", "art11.sobreseimiento", "art11.extincion", "art11.reemplazo", "art11.sin_proceso",
            "proyecto.procedimiento.sobreseimiento", "proyecto.procedimiento.reemplazo");

    private static final String CONDITION_ES = Messages.es().format("si_se_confirma", "");
    private static final String CONDITION_EN = Messages.en().format("si_se_confirma", "");

    static Stream<Named<Path>> goldenCases() throws IOException {
        return GoldenCasesTest.goldenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void nothing_around_the_verdict_says_the_opposite(Path caseFile) throws IOException {
        CaseFile file = CaseJson.parse(Files.readString(caseFile));
        JsonNode byLaw = CaseJson.mapper().readTree(
                Path.of(caseFile.toString().replace(".caso.json", ".esperado.json")).toFile()).path("esperado");
        for (Iterator<String> laws = byLaw.fieldNames(); laws.hasNext(); ) {
            Engine engine = Engine.load(laws.next());
            for (Reading reading : Reading.values()) {
                Verdict v = engine.evaluate(file, reading);
                String where = v.law() + "/" + reading;
                List<String> es = new ArrayList<>();
                v.findings().forEach(f -> es.add(f.es()));
                v.obligations().forEach(o -> es.add(o.es()));
                switch (v.verdict()) {
                    case NOT_ELIGIBLE -> {
                        assertThat(v.obligations()).as(where + ": duties of a case the amnesty does not cover").isEmpty();
                        assertThat(es).as(where).noneMatch(VerdictGuidanceTest::statesAnEffect);
                    }
                    case UNDETERMINED -> {
                        assertThat(es).as(where).filteredOn(VerdictGuidanceTest::statesAnEffect)
                                .allMatch(text -> text.startsWith(CONDITION_ES));
                        assertThat(v.obligations()).as(where).allMatch(o -> o.es().startsWith(CONDITION_ES)
                                && o.en().startsWith(CONDITION_EN));
                    }
                    case ELIGIBLE -> assertThat(es).as(where).noneMatch(text -> text.startsWith(CONDITION_ES));
                }
            }
        }
    }

    private static boolean statesAnEffect(String text) {
        String body = text.startsWith(CONDITION_ES) ? text.substring(CONDITION_ES.length()) : text;
        for (String key : EFFECT_KEYS) {
            String opening = Messages.es().format(key, List.of());
            int cut = opening.indexOf('{');
            String fixed = (cut < 0 ? opening : opening.substring(0, cut)).toLowerCase();
            if (body.toLowerCase().startsWith(fixed.substring(0, Math.min(fixed.length(), 40)))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_effects_listed_here_exist_and_a_not_eligible_case_is_told_what_remains() {
        EFFECT_KEYS.forEach(key -> assertThat(Messages.es().has(key)).as(key).isTrue());
        Verdict llaguno = Engine.load("ley-2026").evaluate(CaseJson.parse("""
                {"id": "x", "conduct": {"from": "2002-04-11", "political": true, "ceased": true},
                 "charges": [{"offense": "Homicidio calificado"}], "proceeding": {"stage": "EXECUTION"}}"""),
                Reading.FAVOURABLE);
        assertThat(llaguno.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(llaguno.findings()).noneMatch(f -> f.es().contains("extinguida"))
                .anyMatch(f -> f.article().equals("11") && f.es().contains("apelarse"));
    }
}
