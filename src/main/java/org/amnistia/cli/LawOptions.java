package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.law.LawVersions;
import picocli.CommandLine.Option;

/** {@code --law} and {@code --reading}, shared by the commands that evaluate cases. */
public class LawOptions {

    @Option(names = "--law", paramLabel = "L", defaultValue = LawVersions.DEFAULT,
            description = "Versión de la ley: ley-2026 (por defecto), proyecto-2026-02-05, una propuesta de "
                    + "rules/propuestas/ o una carpeta con version.yaml. / Law version or proposal folder.")
    String law;

    @Option(names = "--reading", paramLabel = "R", defaultValue = "favourable",
            description = "favourable (por defecto: Art. 5, in dubio pro reo) | strict. / Reading of the open doubts.")
    String reading;

    Engine engine() {
        return Engine.load(law);
    }

    Reading reading() {
        return Reading.parse(reading);
    }
}
