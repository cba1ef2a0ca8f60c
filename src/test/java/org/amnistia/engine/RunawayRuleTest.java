package org.amnistia.engine;

import org.amnistia.law.LawLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A proposal is code a legal team writes: one whose rule re-activates itself would fire without
 * end. The evaluation stops at a firing limit per case and names the rule instead of hanging.
 */
class RunawayRuleTest {

    @Test
    void a_rule_that_reactivates_itself_stops_with_an_error_naming_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: bucle\nestado: propuesta\nbase: ley-2026\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bucle.drl"), """
                package amnistia.reglas;

                import org.amnistia.engine.facts.*;

                rule "Art. 8 — una regla que se reactiva sin fin"
                    @articulo("8")
                when
                    $s : Subject()
                then
                    update( $s );
                end
                """, StandardCharsets.UTF_8);

        Engine engine = Engine.load(dir.toString());

        assertThatThrownBy(() -> engine.evaluate(CaseBuilder.conductOn("2024-07-30").build(), Reading.FAVOURABLE))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("«Art. 8 — una regla que se reactiva sin fin»")
                .hasMessageContaining("does not terminate");
    }
}
