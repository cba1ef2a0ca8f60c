package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.offense.AliasFile;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
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

    @Mixin
    AliasOption aliases;

    @Option(names = "--unrecognised-out", paramLabel = "FILE.yaml", description = "Escribe los cargos que el "
            + "catálogo no reconoció, con su número de filas y los códigos más parecidos, como archivo de --aliases "
            + "listo para completar. / Writes the unrecognised charges as an alias file ready to fill in.")
    Path unrecognisedOut;

    @Override
    public Integer call() throws IOException {
        int threads = input.threads();
        Engine engine = aliases.apply(law.engine(), lang.lang);
        UnrecognisedCharges unrecognised = new UnrecognisedCharges(engine.catalog());
        Reading reading = law.reading();
        RosterSummary result;
        try (RosterReader reader = input.open(lang.lang);
             VerdictWriter out = openOutput();
             RejectsWriter rejected = input.openRejects()) {
            RosterRun<Verdict> run = RosterRun.with(() -> engine.evaluator(reading)).threads(threads)
                    .progress(input.progress(lang.lang)).rejects(rejected).charges(unrecognised);
            result = run.run(reader, out);
        }
        System.err.print(result.toText(lang.lang));
        if (summary != null) {
            Files.writeString(summary, result.toJson(), StandardCharsets.UTF_8);
        }
        if (unrecognisedOut != null) {
            try (Writer out = Files.newBufferedWriter(unrecognisedOut, StandardCharsets.UTF_8)) {
                AliasFile.write(out, unrecognised.entries(), input.roster);
            }
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
