package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawVersions;
import org.amnistia.law.NumeralWindows;
import org.amnistia.offense.OffenseCatalog;
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
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code amnistia generate}: a synthetic roster of fictional people, with conduct dates inside,
 * near and outside the windows the enacted law's rules encode. Same seed, same file.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Genera una nómina sintética de personas ficticias (misma semilla, mismo archivo). Para aislar "
                + "un cambio de la ley: --solo-numeral pone toda conducta en las ventanas de un numeral; --solo-cargo "
                + "da a cada fila un solo cargo (el de una exclusión).",
                "Generates a synthetic roster of fictional people (same seed, same file). To isolate one change "
                        + "of the law: --solo-numeral puts every conduct in one numeral's windows; --solo-cargo gives "
                        + "every row one charge alone."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Número de filas. / Number of rows.")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Semilla (por defecto 1). / Seed.")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Archivo CSV (por defecto, o con -, "
            + "la salida estándar). / CSV file (default, or -: standard output).")
    String output;

    @Option(names = "--law", paramLabel = "L", defaultValue = LawVersions.DEFAULT, description = "La versión cuyas "
            + "ventanas rodean las fechas (por defecto ley-2026). / The version whose windows the dates crowd around.")
    String law;

    @Option(names = "--solo-numeral", paramLabel = "N", description = "Toda conducta dentro de las ventanas del numeral "
            + "N de esa versión, en ambas lecturas (p. ej. 8.10). / Every conduct inside numeral N's windows.")
    String numeral;

    @Option(names = "--solo-cargo", paramLabel = "CÓDIGO", description = "Cada fila con ese cargo solo, un código del "
            + "catálogo (p. ej. REBELION_MILITAR; ver amnistia delitos). / Every row with that charge alone.")
    String charge;

    @Option(names = "--id-prefix", paramLabel = "P", defaultValue = "G", description = "Los id son P-0000001… (por "
            + "defecto G; letras, cifras, . y _), para unir nóminas generadas. / Ids P-0000001…, to join generated rosters.")
    String idPrefix;

    /** A generous estimate of a generated row's size in bytes (measured: about 150). */
    static final long BYTES_PER_ROW = 200;

    @Override
    public Integer call() throws IOException {
        UsageException.atLeast("--rows", rows, 0);
        RosterGenerator generator = generator();
        if (output == null || "-".equals(output)) {
            // Unbuffered by the JVM's PrintStream, which would swallow a closed pipe and write on.
            Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                    StandardCharsets.UTF_8), 1 << 16);
            try {
                generator.write(rows, out);
                out.flush();
            } catch (IOException closed) {
                // The reader went away (`generate … | head`): stop, as a Unix tool does.
                return ExitCodes.OK;
            }
        } else {
            Path file = Path.of(output);
            refuseIfTheDiskCannotHoldIt(file, rows);
            try (OutputFiles files = new OutputFiles()) {
                write(generator, files.target("-o", file), rows);
                files.commit();
            }
        }
        return ExitCodes.OK;
    }

    /** Writes a roster of {@code rows} rows generated around the enacted law's windows to {@code file}. */
    void write(Path file, long rows, long seed) throws IOException {
        write(new RosterGenerator(seed, RosterGenerator.anchorsOf(LawProbe.describe(Engine.load()))), file, rows);
    }

    private static void write(RosterGenerator generator, Path file, long rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generator.write(rows, out);
        }
    }

    /** The generator around the version's windows, read back from its rules, narrowed as asked. */
    private RosterGenerator generator() {
        EncodedLaw encoded = LawProbe.describe(Engine.load(law));
        RosterGenerator generator;
        if (numeral == null) {
            generator = new RosterGenerator(seed, RosterGenerator.anchorsOf(encoded));
        } else {
            List<RosterGenerator.DateWindow> windows = RosterGenerator.anchorsOf(encoded, numeral);
            if (windows.isEmpty()) {
                List<String> known = encoded.numerals().stream().map(NumeralWindows::numeral).toList();
                throw new UsageException("--solo-numeral: «" + numeral + "» no es un numeral de " + law + " ("
                        + String.join(", ", known) + ") | not a numeral of " + law);
            }
            generator = new RosterGenerator(seed, windows).insideOnly();
        }
        if (charge != null) {
            if (OffenseCatalog.standard().byCode(charge).isEmpty()) {
                throw new UsageException("--solo-cargo: «" + charge + "» no es un código del catálogo (amnistia delitos) "
                        + "| not a catalogue code");
            }
            generator = generator.chargeOnly(charge);
        }
        try {
            return generator.idPrefix(idPrefix);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--id-prefix: solo letras, cifras, . y _ | letters, digits, . and _ only: " + idPrefix);
        }
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
