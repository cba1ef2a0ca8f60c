package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.offense.AliasFile;
import org.amnistia.offense.AliasFileException;
import org.amnistia.offense.OffenseCatalog;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --aliases FILE}: an NGO's own names for charges, added to the catalogue for this run. */
public class AliasOption {

    @Option(names = "--aliases", paramLabel = "FILE.yaml",
            description = "Nombres propios de cargos (sección «cargos:», texto: CÓDIGO), p. ej. el archivo que "
                    + "escribe batch --unrecognised-out, ya completado. / Your own charge names (text: CODE).")
    Path file;

    /** The bundled catalogue, with the file's names when one was given; a bad file is a usage error. */
    OffenseCatalog catalog(String lang) {
        if (file == null) {
            return OffenseCatalog.standard();
        }
        try {
            return AliasFile.apply(OffenseCatalog.standard(), file);
        } catch (AliasFileException e) {
            throw new UsageException(e.message(lang));
        }
    }

    Engine apply(Engine engine, String lang) {
        return file == null ? engine : engine.withCatalog(catalog(lang));
    }
}
