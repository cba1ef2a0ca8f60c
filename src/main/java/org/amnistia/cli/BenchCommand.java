package org.amnistia.cli;

import org.amnistia.bench.KeepAliveBenchmark;
import org.amnistia.bench.PipelineBenchmark;
import org.amnistia.bench.PipelineBenchmark.Measurement;
import org.amnistia.bench.ReferenceEvaluator;
import org.amnistia.bench.StartupBenchmark;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code amnistia bench}: in one run, the batch pipeline on a generated roster (CSV in, JSONL out)
 * with the rules engine and with a plain-Java evaluator of the same windows and exclusions
 * swapped in; prints cases/s for both, their ratio, and the peak heap of each. It also measures
 * the engine evaluating each case under the chosen reading only, to show what the exact
 * {@code doubts} field costs. Measured in
 * alternating rounds and reported by the median: the first round still runs partly on code the
 * optimising compiler has not finished with (measured: 69–72k cases/s, later rounds 75–77k), and
 * on a shared machine single rounds swing by 15% or more: five give a steadier median than three.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Mide el rendimiento: el motor de reglas frente a un evaluador en Java plano, mismo flujo.",
                "Benchmark: the rules engine against a plain-Java evaluator, same pipeline."})
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Filas de la nómina generada (por defecto 1.000.000).")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Semilla de la nómina generada.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Hilos (por defecto: núcleos).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100000",
            description = "Filas para calentar la JVM con cada evaluador antes de medir (por defecto 100.000).")
    long warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Rondas alternadas motor / Java plano; se informa la mediana (por defecto 5).")
    int rounds;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "7",
            description = "Arranques en frío de un check y de java -version, alternados; se informa la mediana "
                    + "(por defecto 7; 0 no los mide).")
    int startupRuns;

    @Option(names = "--api-calls", paramLabel = "N", defaultValue = "2000",
            description = "Llamadas a /api/check por una conexión persistente, tras calentar (por defecto 2000; 0 no "
                    + "las mide).")
    int apiCalls;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Carpeta de trabajo para las nóminas generadas (por defecto, una temporal que se borra); cada salida se borra al medirla.")
    Path dir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        UsageException.atLeast("--rows", rows, 1);
        UsageException.atLeast("--warmup", warmup, 0);
        UsageException.atLeast("--threads", threads, 1);
        UsageException.atLeast("--rounds", rounds, 1);
        UsageException.atLeast("--startup-runs", startupRuns, 0);
        UsageException.atLeast("--api-calls", apiCalls, 0);
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("amnistia-bench");
        try {
            Path roster = work.resolve("nomina.csv");
            Path warm = work.resolve("calentamiento.csv");
            generate(roster, rows, seed);
            generate(warm, warmup, seed + 1);
            Engine engine = Engine.load();
            Reading reading = Reading.FAVOURABLE;
            out.printf("amnistia bench: %,d filas generadas (semilla %d), %d hilos, heap máx. %d MiB%n", rows, seed, threads,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            if (warmup > 0) {
                // Every pipeline a round runs, in its order: with two cores, code the optimising compiler
                // has yet to compile in the first round takes its time from the workers (measured: a
                // first round 20% below the median when the evaluator without doubts was not warmed).
                measure("warm", warm, work.resolve("w1.jsonl"), () -> engine.evaluator(reading));
                measure("warm", warm, work.resolve("w2.jsonl"), () -> engine.evaluatorWithoutDoubtsForBenchmark(reading));
                measure("warm", warm, work.resolve("w3.jsonl"), () -> new ReferenceEvaluator(reading, engine.runDate()));
            }
            List<Measurement> engineRuns = new ArrayList<>();
            List<Measurement> withoutDoubtsRuns = new ArrayList<>();
            List<Measurement> plainRuns = new ArrayList<>();
            double evaluationsPerCase = 0;
            boolean sameVerdicts = true;
            for (int round = 1; round <= rounds; round++) {
                List<ChunkEvaluator> engines = new CopyOnWriteArrayList<>();
                Measurement rules = measure("motor de reglas (Drools)", roster, work.resolve("reglas.jsonl"), () -> {
                    ChunkEvaluator e = engine.evaluator(reading);
                    engines.add(e);
                    return e;
                });
                Measurement withoutDoubts = measure("motor, sin buscar dudas", roster, work.resolve("sin-dudas.jsonl"),
                        () -> engine.evaluatorWithoutDoubtsForBenchmark(reading));
                Measurement plain = measure("Java plano (referencia)", roster, work.resolve("referencia.jsonl"),
                        () -> new ReferenceEvaluator(reading, engine.runDate()));
                evaluationsPerCase = engines.stream().mapToLong(ChunkEvaluator::readingsEvaluated).sum() / (double) rules.cases();
                sameVerdicts &= rules.summary().byVerdict().equals(plain.summary().byVerdict())
                        && withoutDoubts.summary().byVerdict().equals(plain.summary().byVerdict());
                engineRuns.add(rules);
                withoutDoubtsRuns.add(withoutDoubts);
                plainRuns.add(plain);
                out.printf("  ronda %d/%d: motor %,.0f casos/s · sin buscar dudas %,.0f · Java plano %,.0f · razón %.2f×%n",
                        round, rounds, rules.casesPerSecond(), withoutDoubts.casesPerSecond(), plain.casesPerSecond(),
                        plain.casesPerSecond() / rules.casesPerSecond());
                out.flush();
            }
            Measurement rules = median(engineRuns);
            Measurement withoutDoubts = median(withoutDoubtsRuns);
            Measurement plain = median(plainRuns);
            out.printf("mediana de %d ronda%s:%n", rounds, rounds == 1 ? "" : "s");
            print(out, rules, engineRuns);
            out.printf("  %-26s %10.2f evaluaciones por caso (lectura elegida, la otra, dudas cambiadas)%n", "",
                    evaluationsPerCase);
            print(out, plain, plainRuns);
            out.printf("  razón Java plano / motor = %.2f×%n", plain.casesPerSecond() / rules.casesPerSecond());
            out.printf("  mismos veredictos por tipo: %s%n", sameVerdicts ? "sí" : "NO");
            out.printf("lo que cuesta el campo doubts (una evaluación por caso, veredictos sin dudas: solo para medir):%n");
            print(out, withoutDoubts, withoutDoubtsRuns);
            out.printf("  razón Java plano / motor sin buscar dudas = %.2f×%n",
                    plain.casesPerSecond() / withoutDoubts.casesPerSecond());
            StartupBenchmark.Result startup = startupRuns > 0 ? StartupBenchmark.run(startupRuns, work) : null;
            KeepAliveBenchmark.Result api = apiCalls > 0 ? KeepAliveBenchmark.run(apiCalls) : null;
            out.printf("las tres razones de esta corrida / the three figures of this run:%n");
            out.printf("  nómina: motor / Java plano                 %6.2f×%n", plain.casesPerSecond() / rules.casesPerSecond());
            if (startup != null) {
                out.printf("  check en frío / java -version              %6.2f×   (%.0f ms / %.0f ms, mediana de %d%s)%n",
                        startup.ratio(), startup.checkMillis(), startup.javaVersionMillis(), startupRuns,
                        startup.throughLauncher() ? ", por ./amnistia" : "");
            }
            if (api != null) {
                out.printf("  /api/check, conexión persistente: p50 %.2f ms, p99 %.2f ms (%d llamadas)%n",
                        api.p50Millis(), api.p99Millis(), api.calls());
            }
            return ExitCodes.OK;
        } finally {
            if (dir == null) {
                try (var files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /**
     * Runs the pipeline and deletes its output once measured. A million verdicts are gigabytes the
     * system is still writing to disk when the next pipeline starts: kept, they slowed whichever ran
     * next (a roster of 3 million rows fell from about 120,000 to 80,000 cases/s once unwritten
     * output passed the kernel's limit), so the order of the pipelines, not the evaluators, decided
     * the ratio. Deleted, the pages not yet written are dropped instead.
     */
    private Measurement measure(String name, Path roster, Path output, Supplier<? extends ChunkEvaluator> evaluators)
            throws IOException {
        try {
            return PipelineBenchmark.run(name, roster, output, threads, evaluators);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void generate(Path file, long n, long seed) throws IOException {
        new GenerateCommand().write(file, n, seed);
    }

    /** The round with the median rate (the upper one of an even count). */
    private static Measurement median(List<Measurement> runs) {
        List<Measurement> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Measurement::casesPerSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** The median round's rate and time; the heap as the most any round held. */
    private static void print(PrintWriter out, Measurement m, List<Measurement> runs) {
        long peak = runs.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0);
        long live = runs.stream().mapToLong(Measurement::peakLiveBytes).max().orElse(0);
        out.printf("  %-26s %,10.0f casos/s   %6.1f s   heap: pico %,5d MiB, vivo tras GC %,4d MiB%n", m.name(),
                m.casesPerSecond(), m.seconds(), peak >> 20, live >> 20);
        out.flush();
    }
}
