package org.amnistia.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run as a user runs it, keeping what it printed for the assertions. */
public final class CommandLineRun {

    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();

    /** Runs {@code amnistia ARGS}; its exit code. */
    public int run(String... args) {
        CommandLine cmd = Amnistia.commandLine(args);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }
}
