package org.amnistia.law;

import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notes, guidance, duties and the ruling are concluded for the verdict alone ({@code conclude}),
 * never inserted: a rule that matched a duty or the ruling would never fire, so its version is
 * refused when it loads; and a finding that decides cannot be concluded, or the decision would not
 * see it.
 */
class VerdictOnlyFactsTest {

    @Test
    void a_rule_that_reads_the_ruling_is_refused_naming_it(@TempDir Path dir) throws IOException {
        OrdenPublicoProposal.write(dir, "prueba-conclusiones", """
                rule "Art. 4 — tras el veredicto"
                    @articulo("4")
                when
                    $r : Ruling()
                then
                    conclude( Finding.note(kcontext, $r, "art04.d13.favorable") );
                end
                """);
        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("prueba-conclusiones")
                .hasMessageContaining("orden-publico.drl: «Art. 4 — tras el veredicto»")
                .hasMessageContaining("reads Ruling, which rules conclude for the verdict alone");
    }

    @Test
    void a_rule_that_looks_for_a_duty_is_refused_naming_it(@TempDir Path dir) throws IOException {
        OrdenPublicoProposal.write(dir, "prueba-conclusiones", """
                rule "Art. 4 — sin deberes pendientes"
                    @articulo("4")
                    salience -10
                when
                    $s : Subject()
                    not Obligation( subject == $s )
                then
                    conclude( Finding.note(kcontext, $s, "art04.d13.favorable") );
                end
                """);
        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("«Art. 4 — sin deberes pendientes»")
                .hasMessageContaining("reads Obligation, which rules conclude for the verdict alone");
    }

    @Test
    void a_finding_that_decides_cannot_be_concluded(@TempDir Path dir) throws IOException {
        OrdenPublicoProposal.write(dir, "prueba-conclusiones", """
                rule "Art. 4 — un hallazgo que decide, concluido"
                    @articulo("4")
                when
                    $s : Subject()
                then
                    conclude( Finding.pending(kcontext, $s, Check.SCOPE, "conduct.from", "art06.anterior") );
                end
                """);
        Engine engine = Engine.load(dir.toString());
        var file = CaseJson.parse("""
                {"id": "prueba", "conduct": {"from": "2024-07-29", "political": true, "ceased": true}}
                """);
        assertThatThrownBy(() -> engine.evaluate(file, Reading.FAVOURABLE))
                .hasStackTraceContaining("Art. 4 — un hallazgo que decide, concluido")
                .hasStackTraceContaining("Finding SCOPE PENDING «art06.anterior»")
                .hasStackTraceContaining("is a premise of other rules: insert it, do not conclude it");
    }
}
