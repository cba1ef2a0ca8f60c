package org.amnistia.cli;

import org.amnistia.casefile.CaseJson;
import org.amnistia.compare.BoundaryProximity;
import org.amnistia.compare.Change;
import org.amnistia.compare.ComparisonReport;
import org.amnistia.compare.ComparisonSummary;
import org.amnistia.compare.ComparisonWriter;
import org.amnistia.compare.Difference;
import org.amnistia.compare.PairEvaluator;
import org.amnistia.compare.VerdictPair;
import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.engine.Reading;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawVersions;
import org.amnistia.roster.RejectsWriter;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRun;
import org.amnistia.roster.RosterSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code amnistia compare ROSTER}: the same roster under two versions of the law (one reading) or
 * two readings (one version), streamed like {@code batch}: one row per person whose verdict
 * changes, naming the article that made the difference, and the counts.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compara una nómina bajo dos versiones de la ley (--law A --law B) o dos lecturas "
                + "(--reading favourable --reading strict): quién gana, quién pierde y por qué artículo.",
                "Compares a roster under two law versions or two readings: who gains, who loses, and why."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"0:comparada / compared", "1:error interno / internal error",
                "2:uso o nómina ilegible / bad usage or unreadable roster"})
public class CompareCommand implements Callable<Integer> {

    @Option(names = "--law", paramLabel = "L", description = "Dos veces: las versiones A y B; una vez: la versión "
            + "de ambas lecturas (por defecto ley-2026).")
    List<String> laws = new ArrayList<>();

    @Option(names = "--reading", paramLabel = "R", description = "Dos veces: las lecturas A y B; una vez: la lectura "
            + "de ambas versiones (por defecto favourable).")
    List<String> readings = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIFF", description = "Filas que cambian: .csv o .jsonl (por "
            + "defecto JSONL en la salida estándar).")
    String output;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "Resumen en JSON.")
    Path summaryFile;

    @Option(names = "--near", paramLabel = "DAYS", description = "Añade el informe de sensibilidad: casos con conducta "
            + "a DAYS días o menos de un límite de ventana.")
    Long near;

    @Option(names = "--near-out", paramLabel = "FILE.csv", description = "Con --near: quiénes son, uno por fila.")
    Path nearOut;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Escribe un informe HTML autónomo e imprimible "
            + "(sin red; español, con botón para inglés): versiones, cifras, artículo de cada diferencia, gráfico por mes, "
            + "cercanía (--near) y los cambios de la ley. / Writes a self-contained, printable HTML report.")
    Path report;

    @Mixin
    RosterOptions input;

    @Mixin
    LangOption lang;

    @Mixin
    AliasOption aliases;

    /** One side of the comparison: a law version read one way. */
    private record Side(String name, Engine engine, Reading reading) {
    }

    @Override
    public Integer call() throws IOException {
        int threads = input.threads();
        if (nearOut != null && near == null) {
            throw new UsageException("--near-out: indique también --near DÍAS | --near-out needs --near DAYS");
        }
        List<Side> sides = sides();
        Side a = sides.get(0);
        Side b = sides.get(1);
        ComparisonSummary comparison = new ComparisonSummary(a.name(), b.name());
        RosterSummary summary;
        Interruption.install();
        try (OutputFiles files = new OutputFiles(OutputFiles.file(input.roster), input.columns, aliases.file)) {
            Path changesFile = files.target("-o", OutputFiles.file(output));
            Path rejectsFile = files.target("--rejects", input.rejects);
            Path summaryOut = files.target("--summary", summaryFile);
            Path nearFile = files.target("--near-out", nearOut);
            Path reportFile = files.target("--report", report);
            Writer nearDetail = nearFile == null ? null : Files.newBufferedWriter(nearFile, StandardCharsets.UTF_8);
            BoundaryProximity proximity = near == null ? null : BoundaryProximity.of(encoded(sides), near, nearDetail);
            ComparisonReport html = report == null ? null
                    : ComparisonReport.start(a.name(), a.engine(), a.reading(), b.name(), b.engine(), b.reading());
            try (RosterReader reader = input.open(lang.lang, a.engine().catalog(), false);
                 ComparisonWriter out = openOutput(changesFile);
                 RejectsWriter rejected = rejectsFile == null ? null : RejectsWriter.open(rejectsFile)) {
                RosterRun<VerdictPair> run = RosterRun.of(
                        () -> new PairEvaluator(a.engine().evaluator(a.reading()), b.engine().evaluator(b.reading())),
                        pair -> pair::evaluate, VerdictPair::caseId)
                        .threads(threads).progress(input.progress(lang.lang)).rejects(rejected)
                        .stopWhen(Interruption::requested);
                summary = run.run(reader, new RosterRun.Sink<>() {
                    @Override
                    public void write(List<VerdictPair> pairs, byte[] encoded, RosterSummary counts) throws IOException {
                        for (VerdictPair pair : pairs) {
                            Change change = Change.of(pair.a().verdict(), pair.b().verdict());
                            comparison.add(pair, change);
                            if (html != null) {
                                html.accept(pair, change);
                            }
                            if (change != Change.UNCHANGED) {
                                out.write(pair, Difference.of(pair));
                            }
                            if (proximity != null) {
                                proximity.accept(pair.caseFile());
                            }
                        }
                        counts.addVerdicts(pairs.stream().map(VerdictPair::a).toList());
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }
                });
            } finally {
                if (nearDetail != null) {
                    nearDetail.close();
                }
            }
            if (Interruption.requested()) {
                System.err.println(Interruption.message(summary.verdicts() + summary.rejects(), lang.lang));
                return Interruption.exitCode(); // the temporary files go with OutputFiles.close
            }
            boolean en = "en".equals(lang.lang);
            System.err.print(comparison.toText(lang.lang));
            System.err.printf("  %s %,d · %s %,d · %s %,d%n", en ? "rows" : "filas", summary.rows(),
                    en ? "compared" : "comparadas", summary.verdicts(), en ? "rejected" : "rechazadas", summary.rejects());
            if (proximity != null) {
                System.err.print(proximity.toText(lang.lang));
            }
            if (html != null) {
                html.write(reportFile, input.roster, comparison, summary, proximity);
            }
            if (summaryOut != null) {
                Map<String, Object> json = new LinkedHashMap<>(comparison.toMap());
                json.put("rows", summary.rows());
                json.put("compared", summary.verdicts());
                json.put("rejects", summary.rejects());
                json.put("blank", summary.blank());
                if (proximity != null) {
                    json.put("near", Map.of("days", near, "cases", proximity.toMap()));
                }
                Files.writeString(summaryOut, CaseJson.pretty(json));
            }
            files.commit();
        }
        return ExitCodes.OK;
    }

    private ComparisonWriter openOutput(Path file) throws IOException {
        try {
            return ComparisonWriter.open(output, file);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang.lang));
        }
    }

    private List<Side> sides() {
        if (laws.size() > 2 || readings.size() > 2 || (laws.size() == 2 && readings.size() == 2)) {
            throw new UsageException("compare: dos versiones (--law A --law B) o dos lecturas (--reading favourable "
                    + "--reading strict), no ambas | two versions or two readings, not both");
        }
        if (laws.size() == 2) {
            Reading r = readings.isEmpty() ? Reading.FAVOURABLE : ReadingArgument.parse(readings.get(0));
            return List.of(side(laws.get(0), r, false), side(laws.get(1), r, false));
        }
        if (readings.size() == 2) {
            String law = laws.isEmpty() ? LawVersions.DEFAULT : laws.get(0);
            Reading ra = ReadingArgument.parse(readings.get(0));
            Reading rb = ReadingArgument.parse(readings.get(1));
            return List.of(side(law, ra, true), side(law, rb, true));
        }
        throw new UsageException("compare: indique --law A --law B, o --reading favourable --reading strict | give two "
                + "versions or two readings");
    }

    /** A side is named as every output names its version (a folder: id, path, hash, not official). */
    private Side side(String law, Reading reading, boolean withReading) {
        Engine engine = aliases.apply(Engine.load(law), lang.lang);
        return new Side(withReading ? engine.law() + "/" + reading.id() : engine.law(), engine, reading);
    }

    private static Map<String, EncodedLaw.Side> encoded(List<Side> sides) {
        Map<String, EncodedLaw.Side> out = new LinkedHashMap<>();
        for (Side s : sides) {
            out.put(s.engine().law() + "/" + s.reading().id(),
                    new EncodedLaw.Side(LawProbe.describe(s.engine()), s.reading() == Reading.STRICT));
        }
        return out;
    }
}
