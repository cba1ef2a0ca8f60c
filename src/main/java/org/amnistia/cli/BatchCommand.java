package org.amnistia.cli;

import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.offense.AliasFile;
import org.amnistia.roster.AnnotatedCsvWriter;
import org.amnistia.roster.AnnotatedXlsxWriter;
import org.amnistia.roster.ConductDateNote;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterFormat;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRun;
import org.amnistia.roster.RosterSummary;
import org.amnistia.roster.UnrecognisedCharges;
import org.amnistia.roster.VerdictWriter;
import org.amnistia.verdict.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code amnistia batch ROSTER}: a whole roster, streamed in constant memory, evaluated in
 * parallel (one rule session per worker, one compiled law shared), verdicts in input order, bad
 * rows to the rejects file, a summary proving rows = verdicts + rejects. An NGO's own sheet (CSV or
 * XLSX, its own column names and dates, a column map) can come back as itself with the verdict
 * columns added: {@code -o veredictos.xlsx}, or {@code --keep-columns} for CSV.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Evalúa una nómina entera (CSV, XLSX o JSONL) en flujo, en paralelo, sin perder filas.",
                "Evaluates a whole roster (CSV, XLSX or JSONL), streamed and in parallel, losing no row."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"0:evaluada, aun con filas rechazadas / evaluated, even with rejected rows",
                "1:error interno / internal error",
                "2:la nómina o el mapa no se pueden leer (archivo, cabecera) / the roster or the map cannot be read at all"})
public class BatchCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Veredictos: .jsonl (por defecto, salida "
            + "estándar), .csv (apto para hoja de cálculo) o .xlsx (las filas de la nómina con las columnas del "
            + "veredicto añadidas). / Verdicts file; .xlsx gives the roster's own rows back with the verdict columns.")
    String output;

    @Option(names = "--keep-columns", description = "Con -o .csv: las filas de la nómina tal como vinieron, con las "
            + "columnas del veredicto añadidas (como -o .xlsx). / With -o .csv: the roster's own rows with the verdict "
            + "columns added.")
    boolean keepColumns;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "Resumen en JSON. / Summary as JSON.")
    Path summary;

    @Mixin
    RosterOptions input;

    @Mixin
    LawOptions law;

    @Mixin
    LangOption lang;

    @Mixin
    AliasOption aliases;

    @Option(names = "--unrecognised-out", paramLabel = "FILE.yaml", description = "Escribe los cargos que el "
            + "catálogo no reconoció, con su número de filas y los códigos más parecidos, como archivo de --aliases "
            + "listo para completar. / Writes the unrecognised charges as an alias file ready to fill in.")
    Path unrecognisedOut;

    @Override
    public Integer call() throws IOException {
        int threads = input.threads();
        boolean workbookOut = output != null && output.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        boolean everyRow = workbookOut || keepColumns;
        if (keepColumns && (output == null || !output.toLowerCase(Locale.ROOT).endsWith(".csv"))) {
            throw new UsageException("--keep-columns: escriba la nómina anotada en un -o .csv (o use -o .xlsx) | "
                    + "--keep-columns needs -o FILE.csv (or use -o FILE.xlsx)");
        }
        Engine engine = aliases.apply(law.engine(), lang.lang);
        UnrecognisedCharges unrecognised = new UnrecognisedCharges(engine.catalog());
        Reading reading = law.reading();
        RosterSummary result;
        Interruption.install();
        try (OutputFiles files = new OutputFiles(OutputFiles.file(input.roster), input.columns, aliases.file)) {
            Path verdicts = files.target("-o", OutputFiles.file(output));
            Path rejectsFile = files.target("--rejects", input.rejects);
            Path summaryFile = files.target("--summary", summary);
            Path aliasesOut = files.target("--unrecognised-out", unrecognisedOut);
            try (RosterReader reader = input.open(lang.lang, engine.catalog(), everyRow)) {
                List<String> header = reader.columns() == null ? List.of("id") : reader.columns().header();
                ConductDateNote note = ConductDateNote.of(reader.columns());
                RosterRun<Verdict> run = RosterRun.with(() -> evaluator(engine, reading, note)).threads(threads)
                        .progress(input.progress(lang.lang)).charges(unrecognised).stopWhen(Interruption::requested);
                try (RejectsWriter rejected = rejectsFile == null ? null : RejectsWriter.open(rejectsFile)) {
                    run.rejects(rejected);
                    if (workbookOut) {
                        try (AnnotatedXlsxWriter out = new AnnotatedXlsxWriter(Files.newOutputStream(verdicts), header, note)) {
                            result = run.run(reader, out);
                        }
                    } else if (keepColumns) {
                        try (AnnotatedCsvWriter out = new AnnotatedCsvWriter(Files.newOutputStream(verdicts), header, note)) {
                            result = run.run(reader, out);
                        }
                    } else {
                        try (VerdictWriter out = openOutput(verdicts)) {
                            result = run.run(reader, out);
                        }
                    }
                }
                result.setColumns(reader.columns());
            }
            if (Interruption.requested()) {
                System.err.println(Interruption.message(result.verdicts() + result.rejects(), lang.lang));
                return Interruption.exitCode(); // the temporary files go with OutputFiles.close
            }
            result.setAsOf(engine.runDate());
            System.err.print(result.toText(lang.lang));
            if (summaryFile != null) {
                Files.writeString(summaryFile, result.toJson(), StandardCharsets.UTF_8);
            }
            if (aliasesOut != null) {
                try (Writer out = Files.newBufferedWriter(aliasesOut, StandardCharsets.UTF_8)) {
                    AliasFile.write(out, unrecognised.entries(), input.roster);
                }
            }
            files.commit();
        }
        return ExitCodes.OK;
    }

    private static ChunkEvaluator evaluator(Engine engine, Reading reading, ConductDateNote note) {
        ChunkEvaluator evaluator = engine.evaluator(reading);
        return note == null ? evaluator : note.onEveryVerdict(evaluator);
    }

    /** The verdicts to {@code file} (a temporary file beside -o), in -o's format; standard output when null. */
    private VerdictWriter openOutput(Path file) throws IOException {
        try {
            return file == null ? VerdictWriter.open("-", null) : VerdictWriter.open(file, RosterFormat.ofFileName(output));
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang.lang));
        }
    }
}
