package org.amnistia.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;

/** {@code --lang es|en}: the language of readable output (JSON always carries both). */
public class LangOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** {@code es} or {@code en}, lower case. */
    String lang = "es";

    @Option(names = "--lang", paramLabel = "es|en", defaultValue = "es",
            description = "Idioma de la salida legible: es (por defecto) | en. / Language of readable output.")
    void lang(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!v.equals("es") && !v.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang: «" + value
                    + "» no es un idioma de la salida (es | en) | is not an output language (es | en)");
        }
        lang = v;
    }
}
