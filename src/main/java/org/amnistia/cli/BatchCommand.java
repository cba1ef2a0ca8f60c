package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRun;
import org.amnistia.roster.RosterSummary;
import org.amnistia.roster.VerdictWriter;
import org.amnistia.verdict.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Veredictos: .jsonl (por defecto, salida "
            + "estándar) o .csv (apto para hoja de cálculo). / Verdicts file.")
    String output;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "Resumen en JSON. / Summary as JSON.")
    Path summary;

    @Mixin
    RosterOptions input;

    @Mixin
    LawOptions law;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws IOException {
        int threads = input.threads();
        Engine engine = law.engine();
        Reading reading = law.reading();
        RosterSummary result;
        try (RosterReader reader = input.open(lang.lang);
             VerdictWriter out = openOutput();
             RejectsWriter rejected = input.openRejects()) {
            RosterRun<Verdict> run = RosterRun.with(() -> engine.evaluator(reading)).threads(threads)
                    .progress(input.progress(lang.lang)).rejects(rejected);
            result = run.run(reader, out);
        }
        System.err.print(result.toText(lang.lang));
        if (summary != null) {
            Files.writeString(summary, result.toJson(), StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }

    private VerdictWriter openOutput() throws IOException {
        try {
            return VerdictWriter.open(output, null);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang.lang));
        }
    }
}
