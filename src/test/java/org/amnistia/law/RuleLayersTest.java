package org.amnistia.law;

import org.amnistia.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A conclusion drawn from the absence of a fact waits, in a later layer, for every rule that could
 * derive that fact (decision.drl, CONTRIBUTING.md): a version whose rules break the layers is
 * refused when it loads, naming the rule, so a proposal cannot decide a case too early.
 */
class RuleLayersTest {

    static final List<String> VERSIONS = LawVersions.SHIPPED;

    @ParameterizedTest(name = "{0}")
    @FieldSource("VERSIONS")
    void every_shipped_version_keeps_its_rules_in_their_layers(String version) {
        assertThatCode(() -> Engine.load(version)).doesNotThrowAnyException();
    }

    @Test
    void a_conclusion_from_an_absent_finding_without_a_layer_is_refused(@TempDir Path dir) throws IOException {
        proposal(dir, """
                rule "Art. 4 — nada falla todavía"
                    @articulo("4")
                when
                    $s : Subject()
                    not Finding( subject == $s, status == Status.FAIL )
                then
                    conclude( Finding.note(kcontext, $s, "art04.d13.favorable") );
                end
                """);
        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("prueba-capas")
                .hasMessageContaining("orden-publico.drl: «Art. 4 — nada falla todavía»")
                .hasMessageContaining("reads [Finding], which rules derive, with not/exists: needs a layer");
    }

    @Test
    void a_conclusion_from_facts_present_is_refused_a_layer(@TempDir Path dir) throws IOException {
        proposal(dir, """
                rule "Art. 4 — una nota tardía"
                    @articulo("4")
                    salience -10
                when
                    $s : Subject()
                then
                    conclude( Finding.note(kcontext, $s, "art04.d13.favorable") );
                end
                """);
        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("«Art. 4 — una nota tardía»")
                .hasMessageContaining("belongs to layer 0, without salience");
    }

    @Test
    void the_absence_of_a_charge_needs_no_layer_the_charges_are_there_before_the_rules_fire(@TempDir Path dir)
            throws IOException {
        proposal(dir, """
                rule "Art. 4 — sin cargos"
                    @articulo("4")
                when
                    $s : Subject()
                    not Charge( subject == $s )
                then
                    conclude( Finding.note(kcontext, $s, "art04.d13.favorable") );
                end
                """);
        assertThatCode(() -> Engine.load(dir.toString())).doesNotThrowAnyException();
    }

    @Test
    void a_rule_below_the_decision_is_refused(@TempDir Path dir) throws IOException {
        proposal(dir, """
                rule "Art. 4 — después de decidir"
                    @articulo("4")
                    salience -200
                when
                    $s : Subject()
                    not Finding( subject == $s, status == Status.PENDING )
                then
                    conclude( Finding.note(kcontext, $s, "art04.d13.favorable") );
                end
                """);
        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("decision.drl: «Decisión — amparado por la amnistía»")
                .hasMessageContaining("the decision belongs to the last layer, below -200");
    }

    @Test
    void truth_maintenance_is_refused_naming_the_file_and_the_line(@TempDir Path dir) throws IOException {
        proposal(dir, """
                rule "Art. 4 — nada falla todavía"
                    @articulo("4")
                    salience -10
                when
                    $s : Subject()
                    not Finding( subject == $s, status == Status.FAIL )
                then
                    insertLogical( Finding.note(kcontext, $s, "art04.d13.favorable") );
                end
                """);
        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("orden-publico.drl:13: insertLogical no se usa")
                .hasMessageContaining("insertLogical is not used");
    }

    private static void proposal(Path dir, String rules) throws IOException {
        OrdenPublicoProposal.write(dir, "prueba-capas", rules);
    }
}
