package org.amnistia.cli;

import org.amnistia.law.LawLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code amnistia}: the top command; each subcommand is its own class. */
@Command(name = "amnistia", mixinStandardHelpOptions = true, version = "amnistia 0.1.0",
        description = {"Motor de reglas de la Ley de Amnistía para la Convivencia Democrática (Venezuela, 2026).",
                "Rules engine for Venezuela's 2026 amnesty law. Not legal advice."})
public class Amnistia {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, BatchCommand.class,
            ColumnsCommand.class, CompareCommand.class, GenerateCommand.class, LawCommand.class,
            PropuestaCommand.class, DelitosCommand.class, ServeCommand.class, BenchCommand.class);

    public static void main(String[] args) {
        EnginePreload.startFor(args);
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The command line that runs {@code args}, with its error handling: bad input → 2 with a message, a
     * bug → 1. When {@code args} name a subcommand, only that one is set up: picocli reads every option
     * of every subcommand it is given, 35 ms of a cold {@code check} for the nine it does not run
     * (docs/rendimiento.md).
     * Anything else (no argument, {@code --help}, {@code help}, a typo) gets them all, so the help
     * lists every command and a typo its closest.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cmd = new CommandLine(new Amnistia());
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream().filter(c -> names(c).contains(args[0]))
                .findFirst().orElse(null);
        for (Class<?> subcommand : named != null ? List.of(named) : SUBCOMMANDS) {
            cmd.addSubcommand(subcommand);
        }
        if (named == null) {
            cmd.addSubcommand(new CommandLine.HelpCommand());
        }
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

    private static List<String> names(Class<?> subcommand) {
        Command command = subcommand.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(command.aliases()));
        names.add(command.name());
        return names;
    }
}
