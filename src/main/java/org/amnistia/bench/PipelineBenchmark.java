package org.amnistia.bench;

import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.roster.Progress;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRun;
import org.amnistia.roster.RosterSummary;
import org.amnistia.roster.VerdictWriter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Runs the batch pipeline (same reader, same writer, same threads) over a roster with a given
 * evaluator, and measures its throughput and the peak heap it needed.
 */
public final class PipelineBenchmark {

    /** What one run measured. */
    public record Measurement(String name, long cases, double seconds, long peakHeapBytes, long peakLiveBytes,
                              RosterSummary summary) {

        public double casesPerSecond() {
            return cases / seconds;
        }
    }

    private PipelineBenchmark() {
    }

    public static Measurement run(String name, Path roster, Path output, int threads,
                                  Supplier<? extends ChunkEvaluator> evaluators) throws IOException {
        System.gc();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long start = System.nanoTime();
        RosterSummary summary;
        try (RosterReader reader = RosterReader.open(roster); VerdictWriter out = VerdictWriter.open(output)) {
            summary = RosterRun.with(evaluators).threads(threads).progress(Progress.none()).run(reader, out);
        } finally {
            heap.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement(name, summary.verdicts(), seconds, heap.peakUsed(), heap.peakLive(), summary);
    }

    /**
     * Samples the heap every 50 ms: the most it held (garbage included), and the most still in use
     * right after a garbage collection — the live data a run keeps, which must not grow with the roster.
     */
    private static final class HeapSampler extends Thread {
        private volatile long peakUsed;
        private volatile long peakLive;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                peakLive = Math.max(peakLive, live);
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakUsed() {
            return peakUsed;
        }

        long peakLive() {
            return peakLive;
        }
    }
}
