package org.amnistia.law;

import org.amnistia.casefile.CaseFile;
import org.amnistia.cli.CommandLineRun;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.engine.Reading;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A doubt whose rules a proposal repeals is no longer open in it: without the rebellion exclusion
 * there is no D07 to read either way; with the 8.12 written up to the inauguration, no D05. Neither
 * the listing of the law nor any verdict names it.
 */
class RemovedDoubtsTest {

    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void the_listing_of_a_proposal_without_the_rebellion_exclusion_has_no_d07() {
        assertThat(LawProbe.describe(Engine.load("sin-excepcion-rebelion-militar")).doubtsRead())
                .doesNotContain("D07").contains("D05", "D11", "D14");
        assertThat(LawProbe.describe(Engine.load("julio-2024-hasta-toma-de-posesion")).doubtsRead())
                .doesNotContain("D05").contains("D07");
        assertThat(LawProbe.describe(Engine.load("ley-2026")).doubtsRead()).hasSize(14);

        assertThat(cli.run("law", "--law", "sin-excepcion-rebelion-militar")).isZero();
        assertThat(cli.out.toString()).contains("D11").doesNotContain("D07");
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("law", "--law", "julio-2024-hasta-toma-de-posesion", "--json")).isZero();
        assertThat(cli.out.toString()).contains("\"D07\"").doesNotContain("\"D05\"");
    }

    @Test
    void no_verdict_of_the_sample_roster_names_a_doubt_its_version_has_no_rule_for() throws IOException {
        List<CaseFile> cases = new ArrayList<>();
        try (RosterReader reader = RosterReader.open(Path.of("cases/nominas/muestra.csv"))) {
            for (RosterRow row; (row = reader.next()) != null; ) {
                if (row.caseFile() != null) {
                    cases.add(row.caseFile());
                }
            }
        }
        for (String law : List.of("sin-excepcion-rebelion-militar", "julio-2024-hasta-toma-de-posesion")) {
            Engine engine = Engine.load(law);
            List<String> read = LawProbe.describe(engine).doubtsRead();
            for (Reading reading : Reading.values()) {
                try (ChunkEvaluator evaluator = engine.evaluator(reading)) {
                    for (Verdict v : evaluator.evaluate(cases)) {
                        assertThat(read).as("%s/%s %s", law, reading, v.caseId()).containsAll(v.doubts())
                                .containsAll(v.alternatives().keySet());
                    }
                }
            }
        }
    }
}
