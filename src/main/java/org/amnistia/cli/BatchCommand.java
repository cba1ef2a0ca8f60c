package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.roster.Progress;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterFormat;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRun;
import org.amnistia.roster.RosterSummary;
import org.amnistia.roster.VerdictWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code amnistia batch ROSTER}: a whole roster, streamed in constant memory, evaluated in
 * parallel (one rule session per worker, one compiled law shared), verdicts in input order, bad
 * rows to the rejects file, a summary proving rows = verdicts + rejects.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Evalúa una nómina entera (CSV o JSONL) en flujo, en paralelo, sin perder filas.",
                "Evaluates a whole roster (CSV or JSONL), streamed and in parallel, losing no row."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"0:evaluada, aun con filas rechazadas / evaluated, even with rejected rows",
                "1:error interno / internal error",
                "2:la nómina no se puede leer (archivo, cabecera) / the roster cannot be read at all"})
public class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ROSTER", description = "Nómina .csv o .jsonl (- = entrada estándar, con --format).")
    String roster;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Veredictos: .jsonl (por defecto, salida "
            + "estándar) o .csv (apto para hoja de cálculo). / Verdicts file.")
    String output;

    @Option(names = "--rejects", paramLabel = "FILE", description = "CSV de filas rechazadas (fila, id, campo, motivo). "
            + "/ Rejected rows.")
    Path rejects;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "Resumen en JSON. / Summary as JSON.")
    Path summary;

    @Option(names = "--format", paramLabel = "csv|jsonl", description = "Formato de la nómina cuando no se deduce de "
            + "la extensión (obligatorio con -). / Roster format when the extension does not tell.")
    RosterFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Hilos de evaluación (por defecto: núcleos). / Threads.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "Muestra la barra de progreso aunque la salida no sea una terminal. "
            + "/ Show the progress bar even when not on a terminal.")
    boolean forceProgress;

    @Mixin
    LawOptions law;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws IOException {
        Engine engine = law.engine();
        Reading reading = law.reading();
        RosterSummary result;
        try (RosterReader reader = open();
             VerdictWriter out = VerdictWriter.open(output, null);
             RejectsWriter rejected = rejects == null ? null : RejectsWriter.open(rejects)) {
            Progress progress = forceProgress ? new Progress(System.err, true, lang.lang) : Progress.stderr(lang.lang);
            RosterRun run = RosterRun.with(() -> engine.evaluator(reading)).threads(threads).progress(progress);
            if (rejected != null) {
                run.rejects(rejected);
            }
            result = run.run(reader, out);
        }
        System.err.print(result.toText(lang.lang));
        if (summary != null) {
            Files.writeString(summary, result.toJson(), StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }

    private RosterReader open() {
        try {
            return RosterReader.open(roster, format);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang.lang));
        } catch (NoSuchFileException e) {
            throw new UsageException(roster + ": no existe el archivo | no such file");
        } catch (IOException e) {
            throw new UsageException(roster + ": " + e.getMessage());
        }
    }
}
