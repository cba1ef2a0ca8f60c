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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code amnistia compare ROSTER}: the same roster under two versions of the law (one reading, or
 * both readings side by side) or two readings (one version), streamed like {@code batch}: one row per
 * person whose verdict changes, naming the article that made the difference and the reading of each
 * side, and the counts.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compara una nómina bajo dos versiones de la ley (--law A --law B), dos lecturas "
                + "(--reading favourable --reading strict) o dos versiones bajo ambas lecturas (las cuatro opciones): "
                + "quién gana, quién pierde y por qué artículo.",
                "Compares a roster under two law versions, two readings, or two versions under both readings: "
                        + "who gains, who loses, and why."},
        footerHeading = "%nColumnas de cada fila que cambia / Columns of each changed row (-o):%n",
        footer = {"  id          el id de la persona en la nómina / the person's id in the roster",
                "  verdict_a   su veredicto bajo el lado A: ELIGIBLE (amparado), NOT_ELIGIBLE (no amparado) o "
                        + "UNDETERMINED (faltan hechos) / the verdict under side A",
                "  verdict_b   su veredicto bajo el lado B / the verdict under side B",
                "  change      gains (B ampara y A no / B covers, A did not), loses (A amparaba y B no / the reverse), "
                        + "changes (entre no amparado e indeterminado / between not covered and undetermined)",
                "  articles    los artículos que deciden cada lado y el otro no tiene, «A / B», cada uno en la "
                        + "numeración de su versión («—»: ninguno) / the deciding articles each side has and the other "
                        + "lacks, in its own numbering",
                "  reason_es   el cambio, el veredicto antes → después, el artículo con su razón y, si pasa a "
                        + "indeterminado, el hecho que falta (español)",
                "  reason_en   the same in English: the change, verdict before → after, the article and its reason and, "
                        + "for a move to undetermined, the fact now missing",
                "  reading_a   la lectura del lado A: favourable o strict / the reading side A was evaluated under",
                "  reading_b   la lectura del lado B / the reading side B was evaluated under",
                "Resumen (salida de errores y --summary): cada lado como versión/lectura, ganan, pierden, otros "
                        + "cambios, sin cambio por veredicto, cada movimiento A → B y, por artículo, cuántos ganan, "
                        + "pierden o cambian por él; con dos versiones y dos lecturas, además una tabla A → B por lectura.",
                "Summary (standard error and --summary): each side as version/reading, gains, losses, other changes, "
                        + "unchanged by verdict, every A → B move and, by article, how many gain, lose or change by it; "
                        + "with two versions and two readings, also an A → B table by reading."},
        exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
        exitCodeList = {"0:comparada / compared", "1:error interno / internal error",
                "2:uso o nómina ilegible / bad usage or unreadable roster"})
public class CompareCommand implements Callable<Integer> {

    @Option(names = "--law", paramLabel = "L", description = "Dos veces: las versiones A y B; una vez: la versión "
            + "de ambas lecturas (por defecto ley-2026). / Twice: versions A and B; once: the version of both readings.")
    List<String> laws = new ArrayList<>();

    @Option(names = "--reading", paramLabel = "R", description = "Dos veces: las lecturas A y B o, con dos --law, "
            + "ambas lecturas lado a lado; una vez: la lectura de ambas versiones (por defecto favourable). / Twice: "
            + "readings A and B or, with two --law, both readings side by side; once: the reading of both versions.")
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

    @Option(names = "--as-of", paramLabel = "AAAA-MM-DD",
            description = "Día al que se leen los casos sin asOf propio (por defecto hoy en Caracas): la misma nómina "
                    + "da los mismos bytes cualquier día. / Day cases without their own asOf are read as of.")
    LocalDate asOf;

    /** One side of the comparison: a law version read one way, named {@code version/reading}. */
    private record Side(String name, Engine engine, Reading reading) {
    }

    /** Side A against side B, with its counts. */
    private record Comparison(Side a, Side b, ComparisonSummary summary) {
    }

    @Override
    public Integer call() throws IOException {
        int threads = input.threads();
        if (nearOut != null && near == null) {
            throw new UsageException("--near-out: indique también --near DÍAS | --near-out needs --near DAYS");
        }
        List<Comparison> comparisons = comparisons();
        if (report != null && comparisons.size() > 1) {
            throw new UsageException("--report: un informe compara dos lados; con dos versiones y dos lecturas, corra "
                    + "compare una vez por lectura | one report compares two sides: run compare once per reading");
        }
        Comparison first = comparisons.get(0);
        Side a = first.a();
        Side b = first.b();
        RosterSummary summary;
        Interruption.install();
        try (OutputFiles files = new OutputFiles(OutputFiles.file(input.roster), input.columns, aliases.file)) {
            Path changesFile = files.target("-o", OutputFiles.file(output));
            Path rejectsFile = files.target("--rejects", input.rejects);
            Path summaryOut = files.target("--summary", summaryFile);
            Path nearFile = files.target("--near-out", nearOut);
            Path reportFile = files.target("--report", report);
            Writer nearDetail = nearFile == null ? null : Files.newBufferedWriter(nearFile, StandardCharsets.UTF_8);
            BoundaryProximity proximity = near == null ? null : BoundaryProximity.of(encoded(comparisons), near, nearDetail);
            ComparisonReport html = report == null ? null
                    : ComparisonReport.start(a.name(), a.engine(), a.reading(), b.name(), b.engine(), b.reading());
            try (RosterReader reader = input.open(lang.lang, a.engine().catalog(), false);
                 ComparisonWriter out = openOutput(changesFile);
                 RejectsWriter rejected = rejectsFile == null ? null : RejectsWriter.open(rejectsFile)) {
                RosterRun<List<VerdictPair>> run = RosterRun.of(
                        () -> new PairEvaluator(
                                comparisons.stream().map(c -> c.a().engine().evaluator(c.a().reading())).toList(),
                                comparisons.stream().map(c -> c.b().engine().evaluator(c.b().reading())).toList()),
                        pairs -> pairs::evaluate, pairs -> pairs.get(0).caseId())
                        .threads(threads).progress(input.progress(lang.lang)).rejects(rejected)
                        .stopWhen(Interruption::requested);
                summary = run.run(reader, new RosterRun.Sink<>() {
                    @Override
                    public void write(List<List<VerdictPair>> cases, byte[] encoded, RosterSummary counts)
                            throws IOException {
                        for (List<VerdictPair> pairs : cases) {
                            for (int k = 0; k < pairs.size(); k++) {
                                VerdictPair pair = pairs.get(k);
                                Comparison comparison = comparisons.get(k);
                                Difference difference = Difference.of(pair);
                                comparison.summary().add(pair, difference);
                                if (html != null) {
                                    html.accept(pair, difference);
                                }
                                if (difference.change() != Change.UNCHANGED) {
                                    out.write(pair, difference, comparison.a().reading().id(),
                                            comparison.b().reading().id());
                                }
                            }
                            if (proximity != null) {
                                proximity.accept(pairs.get(0).caseFile());
                            }
                        }
                        counts.addVerdicts(cases.stream().map(pairs -> pairs.get(0).a()).toList());
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
            comparisons.forEach(c -> System.err.print(c.summary().toText(lang.lang)));
            if (comparisons.size() > 1) {
                System.err.print(table(comparisons, en));
            }
            System.err.printf("  %s %,d · %s %,d · %s %,d%n", en ? "rows" : "filas", summary.rows(),
                    en ? "compared" : "comparadas", summary.verdicts(), en ? "rejected" : "rechazadas", summary.rejects());
            if (proximity != null) {
                System.err.print(proximity.toText(lang.lang));
            }
            if (html != null) {
                html.write(reportFile, input.roster, first.summary(), summary, proximity);
            }
            if (summaryOut != null) {
                Map<String, Object> json = new LinkedHashMap<>();
                if (comparisons.size() == 1) {
                    json.putAll(first.summary().toMap());
                } else {
                    json.put("a", a.engine().law());
                    json.put("b", b.engine().law());
                    Map<String, Object> byReading = new LinkedHashMap<>();
                    comparisons.forEach(c -> byReading.put(c.a().reading().id(), c.summary().toMap()));
                    json.put("by_reading", byReading);
                }
                json.put("rows", summary.rows());
                json.put("compared", summary.verdicts());
                json.put("rejects", summary.rejects());
                json.put("blank", summary.blank());
                json.put("asOf", first.a().engine().runDate().toString());
                if (summary.encoding() != null) {
                    json.put("encoding", summary.encoding().code());
                }
                if (proximity != null) {
                    json.put("near", Map.of("days", near, "cases", proximity.toMap()));
                }
                Files.writeString(summaryOut, CaseJson.pretty(json));
            }
            files.commit();
        }
        return ExitCodes.OK;
    }

    /** Two versions under both readings: A → B gains, losses, other changes and unchanged, one line per reading. */
    private static String table(List<Comparison> comparisons, boolean en) {
        StringBuilder out = new StringBuilder(String.format("%s %s → %s%n", en ? "A → B by reading:" : "A → B por lectura:",
                comparisons.get(0).a().engine().law(), comparisons.get(0).b().engine().law()));
        out.append(String.format("  %-11s %10s %10s %10s %12s%n", en ? "reading" : "lectura", en ? "gain" : "ganan",
                en ? "lose" : "pierden", en ? "other" : "otros", en ? "unchanged" : "sin cambio"));
        for (Comparison c : comparisons) {
            ComparisonSummary s = c.summary();
            out.append(String.format("  %-11s %,10d %,10d %,10d %,12d%n", c.a().reading().id(), s.count(Change.GAINS),
                    s.count(Change.LOSES), s.count(Change.CHANGES), s.count(Change.UNCHANGED)));
        }
        return out.toString();
    }

    private ComparisonWriter openOutput(Path file) throws IOException {
        try {
            return ComparisonWriter.open(output, file);
        } catch (RosterFileException e) {
            throw new UsageException(e.message(lang.lang));
        }
    }

    /**
     * Two versions under one reading, two readings of one version, or two versions under both
     * readings (one comparison per reading, in the order given).
     */
    private List<Comparison> comparisons() {
        if (laws.size() > 2 || readings.size() > 2) {
            throw new UsageException("compare: como mucho dos versiones (--law A --law B) y dos lecturas (--reading "
                    + "favourable --reading strict) | at most two versions and two readings");
        }
        if (laws.size() == 2) {
            Engine engineA = engine(laws.get(0));
            Engine engineB = engine(laws.get(1));
            List<Reading> rs = readings.isEmpty() ? List.of(Reading.FAVOURABLE)
                    : readings.stream().map(ReadingArgument::parse).distinct().toList();
            return rs.stream().map(r -> comparison(new Side(engineA.law() + "/" + r.id(), engineA, r),
                    new Side(engineB.law() + "/" + r.id(), engineB, r))).toList();
        }
        if (readings.size() == 2) {
            Engine engine = engine(laws.isEmpty() ? LawVersions.DEFAULT : laws.get(0));
            Reading ra = ReadingArgument.parse(readings.get(0));
            Reading rb = ReadingArgument.parse(readings.get(1));
            return List.of(comparison(new Side(engine.law() + "/" + ra.id(), engine, ra),
                    new Side(engine.law() + "/" + rb.id(), engine, rb)));
        }
        throw new UsageException("compare: indique --law A --law B, o --reading favourable --reading strict | give two "
                + "versions or two readings");
    }

    private static Comparison comparison(Side a, Side b) {
        return new Comparison(a, b, new ComparisonSummary(a.name(), a.reading().id(), b.name(), b.reading().id()));
    }

    /** A version as every output names it (a folder: id, path, hash, not official), read as of --as-of. */
    private Engine engine(String law) {
        Engine engine = aliases.apply(Engine.load(law), lang.lang);
        return asOf == null ? engine : engine.asOf(asOf);
    }

    /** Every side of every comparison, by name, for the bounds of their windows. */
    private static Map<String, EncodedLaw.Side> encoded(List<Comparison> comparisons) {
        Map<String, EncodedLaw.Side> out = new LinkedHashMap<>();
        for (Comparison c : comparisons) {
            for (Side s : List.of(c.a(), c.b())) {
                out.put(s.name(), new EncodedLaw.Side(LawProbe.describe(s.engine()), s.reading() == Reading.STRICT));
            }
        }
        return out;
    }
}
