package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.roster.RosterGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code amnistia generate}: a synthetic roster of fictional people, with conduct dates inside,
 * near and outside the windows the enacted law's rules encode. Same seed, same file.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Genera una nómina sintética de personas ficticias (misma semilla, mismo archivo).",
                "Generates a synthetic roster of fictional people (same seed, same file)."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Número de filas. / Number of rows.")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Semilla (por defecto 1). / Seed.")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Archivo CSV (por defecto, salida "
            + "estándar). / CSV file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        UsageException.atLeast("--rows", rows, 0);
        if (output == null) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            // The enacted law's windows, read back from its rules.
            new RosterGenerator(seed, RosterGenerator.anchorsOf(LawProbe.describe(Engine.load()))).write(rows, out);
            out.flush();
        } else {
            write(output, rows, seed);
        }
        return ExitCodes.OK;
    }

    /** Writes a generated roster of {@code rows} rows to {@code file}. */
    void write(Path file, long rows, long seed) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // The enacted law's windows, read back from its rules.
            new RosterGenerator(seed, RosterGenerator.anchorsOf(LawProbe.describe(Engine.load()))).write(rows, out);
        }
    }
}
