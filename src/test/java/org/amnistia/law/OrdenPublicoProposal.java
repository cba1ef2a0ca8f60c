package org.amnistia.law;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test support: a proposal on ley-2026 whose {@code orden-publico.drl} holds only the rules a test gives. */
final class OrdenPublicoProposal {

    private OrdenPublicoProposal() {
    }

    static void write(Path dir, String id, String rules) throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: " + id + "\nestado: propuesta\nbase: ley-2026\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("orden-publico.drl"), """
                package amnistia.reglas;

                import org.amnistia.engine.facts.*;
                import function org.amnistia.engine.facts.Derived.conclude;

                """ + rules, StandardCharsets.UTF_8);
    }
}
