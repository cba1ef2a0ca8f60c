package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.roster.RosterGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Archivo CSV (por defecto, o con -, "
            + "la salida estándar). / CSV file (default, or -: standard output).")
    String output;

    /** A generous estimate of a generated row's size in bytes (measured: about 150). */
    static final long BYTES_PER_ROW = 200;

    @Override
    public Integer call() throws IOException {
        UsageException.atLeast("--rows", rows, 0);
        if (output == null || "-".equals(output)) {
            // Unbuffered by the JVM's PrintStream, which would swallow a closed pipe and write on.
            Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                    StandardCharsets.UTF_8), 1 << 16);
            try {
                generator(seed).write(rows, out);
                out.flush();
            } catch (IOException closed) {
                // The reader went away (`generate … | head`): stop, as a Unix tool does.
                return ExitCodes.OK;
            }
        } else {
            Path file = Path.of(output);
            refuseIfTheDiskCannotHoldIt(file, rows);
            try (OutputFiles files = new OutputFiles()) {
                write(files.target("-o", file), rows, seed);
                files.commit();
            }
        }
        return ExitCodes.OK;
    }

    /** Writes a generated roster of {@code rows} rows to {@code file}. */
    void write(Path file, long rows, long seed) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generator(seed).write(rows, out);
        }
    }

    /** The generator around the enacted law's windows, read back from its rules. */
    private static RosterGenerator generator(long seed) {
        return new RosterGenerator(seed, RosterGenerator.anchorsOf(LawProbe.describe(Engine.load())));
    }

    /** A roster that would fill the disk is refused before a byte is written, naming both sizes. */
    private static void refuseIfTheDiskCannotHoldIt(Path file, long rows) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return; // writing then names the missing folder
        }
        long needed = rows * BYTES_PER_ROW;
        long free = Files.getFileStore(folder).getUsableSpace();
        if (needed > free) {
            throw new UsageException(file + ": " + rows + " filas ocuparían unos " + (needed >> 20) + " MiB y el disco "
                    + "tiene " + (free >> 20) + " MiB libres | " + rows + " rows would take about " + (needed >> 20)
                    + " MiB and the disk has " + (free >> 20) + " MiB free");
        }
    }
}
