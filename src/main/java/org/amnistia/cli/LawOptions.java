package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.law.LawVersions;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --law} and {@code --reading}, shared by the commands that evaluate cases. */
public class LawOptions {

    @Option(names = "--law", paramLabel = "L", defaultValue = LawVersions.DEFAULT,
            description = "Versión de la ley: ley-2026 (por defecto), proyecto-2026-02-05, una propuesta de "
                    + "rules/propuestas/ o una carpeta con version.yaml. Una carpeta es código: sus reglas DRL "
                    + "pueden ejecutar cualquier Java en este equipo; cargue solo propuestas de confianza. / Law "
                    + "version or proposal folder; a folder's DRL can run any Java: load only proposals you trust.")
    String law;

    @Option(names = "--reading", paramLabel = "R", defaultValue = "favourable",
            description = "favourable (por defecto: Art. 5, in dubio pro reo) | strict. / Reading of the open doubts.")
    String reading;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-DD",
            description = "Día al que se leen los casos sin asOf propio (por defecto hoy en Caracas): con el mismo día, "
                    + "la misma nómina da los mismos bytes cualquier día. / Day cases without their own asOf are read "
                    + "as of (default: today in Caracas).")
    LocalDate asOf;

    Engine engine() {
        Engine engine = Engine.load(law);
        return asOf == null ? engine : engine.asOf(asOf);
    }

    Reading reading() {
        return ReadingArgument.parse(reading);
    }
}
