package org.amnistia.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;

/** A count that makes no sense (no threads, no rounds, negative rows) is a usage error naming the option, not a crash. */
class CountOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "batch cases/nominas/muestra.csv --threads 0                         | --threads 0: debe ser al menos 1",
            "compare cases/nominas/muestra.csv --law ley-2026 --law proyecto-2026-02-05 --threads -2 | --threads -2: debe ser al menos 1",
            "bench --rows 10 --rounds 0                                          | --rounds 0: debe ser al menos 1",
            "bench --rows 0                                                      | --rows 0: debe ser al menos 1",
            "generate --rows -1                                                  | --rows -1: debe ser al menos 0",
    })
    void is_refused_with_exit_2_naming_the_option(String command, String message) {
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run(command.trim().split("\\s+"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err.toString()).contains(message).contains("must be at least");
    }
}
