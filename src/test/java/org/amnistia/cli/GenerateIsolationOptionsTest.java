package org.amnistia.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A numeral the version lacks, a charge not in the catalogue or an id prefix with other characters is a usage error naming it. */
class GenerateIsolationOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "generate --rows 3 --solo-numeral 8.14                             | «8.14» no es un numeral de ley-2026 (8.1, ",
            "generate --rows 3 --solo-cargo ABIGEATO                           | «ABIGEATO» no es un código del catálogo",
            "generate --rows 3 --id-prefix G/1                                 | --id-prefix: solo letras, cifras, . y _",
    })
    void is_refused_with_exit_2_naming_what_is_wrong(String command, String message) {
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run(command.trim().split("\\s+"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err.toString()).contains(message);
    }
}
