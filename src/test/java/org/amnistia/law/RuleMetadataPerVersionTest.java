package org.amnistia.law;

import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal may keep a rule's name and change what it cites (a renumbered article): each version
 * loaded in the same process (compare, the local web page) cites its own numbering, whichever was
 * evaluated first.
 */
class RuleMetadataPerVersionTest {

    private static final String RULE = """
            rule "Art. 4 — orientación de prueba"
                @articulo("%s")
            when
                $s : Subject()
            then
                conclude( Finding.note(kcontext, $s, "art04.d13.favorable") );
            end
            """;

    @Test
    void two_versions_with_a_rule_of_the_same_name_each_cite_their_own_article(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("a"));
        Path second = Files.createDirectories(dir.resolve("b"));
        OrdenPublicoProposal.write(first, "prueba-numeracion-a", RULE.formatted("4"));
        OrdenPublicoProposal.write(second, "prueba-numeracion-b", RULE.formatted("3"));
        CaseFile file = CaseJson.parse("""
                {"id": "prueba", "conduct": {"from": "2024-07-29", "political": true, "ceased": true}}
                """);

        Verdict underFirst = Engine.load(first.toString()).evaluate(file, Reading.FAVOURABLE);
        Verdict underSecond = Engine.load(second.toString()).evaluate(file, Reading.FAVOURABLE);

        assertThat(articleOfTheTestNote(underFirst)).isEqualTo("4");
        assertThat(articleOfTheTestNote(underSecond)).isEqualTo("3");
    }

    private static String articleOfTheTestNote(Verdict verdict) {
        return verdict.findings().stream()
                .filter(f -> f.es().startsWith("La ley es de orden público"))
                .map(Verdict.Finding::article)
                .findFirst().orElseThrow();
    }
}
