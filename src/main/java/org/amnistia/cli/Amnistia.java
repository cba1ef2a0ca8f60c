package org.amnistia.cli;

import org.amnistia.law.LawLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;

/** {@code amnistia}: the top command; each subcommand is its own class. */
@Command(name = "amnistia", mixinStandardHelpOptions = true, version = "amnistia 0.1.0",
        description = {"Motor de reglas de la Ley de Amnistía para la Convivencia Democrática (Venezuela, 2026).",
                "Rules engine for Venezuela's 2026 amnesty law. Not legal advice."},
        subcommands = {CheckCommand.class, BatchCommand.class, ColumnsCommand.class, CompareCommand.class, GenerateCommand.class,
                LawCommand.class, PropuestaCommand.class, DelitosCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public class Amnistia {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: bad input → 2 with a message, a bug → 1. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Amnistia());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageException || e instanceof LawLoadException) {
                line.getErr().println("amnistia: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof IOException io) {
                line.getErr().println("amnistia: " + FileProblem.describe(io));
                return ExitCodes.IO_ERROR;
            }
            line.getErr().println("amnistia: error interno | internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cmd;
    }
}
