package org.amnistia.cli;

import picocli.CommandLine.Option;

/** {@code --lang es|en}: the language of readable output (JSON always carries both). */
public class LangOption {

    @Option(names = "--lang", paramLabel = "es|en", defaultValue = "es",
            description = "Idioma de la salida legible: es (por defecto) | en. / Language of readable output.")
    String lang;
}
