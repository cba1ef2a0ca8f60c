package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Evaluates a whole roster in parallel and writes the verdicts in input order, in constant memory.
 *
 * <p>The calling thread reads records and cuts the cases into chunks (rejects go straight to the
 * rejects file, in order); a pool of worker threads evaluates the chunks, each worker with its own
 * {@link ChunkEvaluator} from the supplier; one writer thread takes the chunks back in the order
 * they were read and writes their verdicts. At most {@code 2 × threads} chunks wait between reader
 * and writer. If an evaluator throws, the run stops with a {@link RosterEvaluationException}: no row
 * is silently lost.
 *
 * <pre>{@code
 * RosterSummary s = RosterRun.with(() -> engine.newChunkEvaluator())
 *         .threads(4).rejects(rejectsWriter).progress(Progress.stderr("es"))
 *         .run(reader, verdictWriter);
 * }</pre>
 */
public final class RosterRun {

    /** Cases per chunk unless told otherwise. */
    public static final int DEFAULT_CHUNK = 2_000;

    private static final long POLL_MILLIS = 50;

    private final Supplier<? extends ChunkEvaluator> evaluators;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int chunkSize = DEFAULT_CHUNK;
    private RejectsWriter rejects;
    private Progress progress = Progress.none();

    private RosterRun(Supplier<? extends ChunkEvaluator> evaluators) {
        this.evaluators = Objects.requireNonNull(evaluators, "evaluators");
    }

    /** A run whose workers each take one evaluator from {@code evaluators}. */
    public static RosterRun with(Supplier<? extends ChunkEvaluator> evaluators) {
        return new RosterRun(evaluators);
    }

    /** Worker threads (default: the number of cores). */
    public RosterRun threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Cases per chunk (default {@value #DEFAULT_CHUNK}). */
    public RosterRun chunkSize(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.chunkSize = chunkSize;
        return this;
    }

    /** Where rejects go; {@code null} (the default) counts them only. */
    public RosterRun rejects(RejectsWriter rejects) {
        this.rejects = rejects;
        return this;
    }

    public RosterRun progress(Progress progress) {
        this.progress = progress == null ? Progress.none() : progress;
        return this;
    }

    /** One chunk of cases and, once a worker is done, its verdicts. {@code verdicts == null}: the end. */
    private record Chunk(List<CaseFile> cases, long firstRow, long lastRow, Future<List<Verdict>> verdicts) {
    }

    private static final Chunk END = new Chunk(List.of(), 0, 0, null);

    /**
     * Reads {@code reader} to its end, writes every verdict to {@code out} (flushed, not closed) and
     * every reject to the rejects writer, and returns the counts.
     *
     * @throws IOException                reading or writing failed
     * @throws RosterEvaluationException  an evaluator failed or answered wrongly
     */
    public RosterSummary run(RosterReader reader, VerdictWriter out) throws IOException {
        long t0 = System.nanoTime();
        RosterSummary summary = new RosterSummary();
        progress.start();
        List<ChunkEvaluator> made = new CopyOnWriteArrayList<>();
        ThreadLocal<ChunkEvaluator> evaluator = ThreadLocal.withInitial(() -> {
            ChunkEvaluator e = Objects.requireNonNull(evaluators.get(), "the evaluator supplier returned null");
            made.add(e);
            return e;
        });
        AtomicInteger workerNumber = new AtomicInteger();
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "amnistia-eval-" + workerNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        BlockingQueue<Chunk> inFlight = new ArrayBlockingQueue<>(2 * threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        OrderedWriter writer = new OrderedWriter(inFlight, out, summary, reader.totalBytes(), failure);
        Thread writerThread = new Thread(writer, "amnistia-writer");
        writerThread.setDaemon(true);
        writerThread.start();

        Throwable readFailure = null;
        long rows = 0;
        try {
            List<CaseFile> cases = new ArrayList<>(chunkSize);
            long firstRow = 0;
            long lastRow = 0;
            RosterRow row;
            while (failure.get() == null && (row = reader.next()) != null) {
                rows++;
                if (row.isReject()) {
                    summary.addReject(row.reject());
                    if (rejects != null) {
                        rejects.write(row.reject());
                    }
                    continue;
                }
                if (cases.isEmpty()) {
                    firstRow = row.row();
                }
                lastRow = row.row();
                cases.add(row.caseFile());
                if (cases.size() == chunkSize) {
                    writer.bytesRead = reader.bytesRead();
                    submit(pool, evaluator, inFlight, failure, cases, firstRow, lastRow);
                    cases = new ArrayList<>(chunkSize);
                }
            }
            if (!cases.isEmpty() && failure.get() == null) {
                submit(pool, evaluator, inFlight, failure, cases, firstRow, lastRow);
            }
            writer.bytesRead = reader.bytesRead();
        } catch (Throwable t) {
            readFailure = t;
        } finally {
            summary.addRows(rows);
            readFailure = finish(inFlight, writerThread, pool, failure, readFailure);
        }
        progress.finish();
        for (ChunkEvaluator e : made) {
            if (e instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // closing a rule session must not hide the run's own outcome
                }
            }
        }
        Throwable failed = failure.get() != null ? failure.get() : readFailure;
        if (failed != null) {
            throw rethrow(failed);
        }
        out.flush();
        if (rejects != null) {
            rejects.flush();
        }
        summary.addBlank(reader.blankLines());
        summary.setSeconds((System.nanoTime() - t0) / 1e9);
        return summary;
    }

    private void submit(ExecutorService pool, ThreadLocal<ChunkEvaluator> evaluator, BlockingQueue<Chunk> inFlight,
                        AtomicReference<Throwable> failure, List<CaseFile> cases, long firstRow, long lastRow)
            throws InterruptedException {
        List<CaseFile> chunk = cases;
        Future<List<Verdict>> verdicts = pool.submit(() -> evaluator.get().evaluate(chunk));
        Chunk c = new Chunk(chunk, firstRow, lastRow, verdicts);
        while (!inFlight.offer(c, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
                verdicts.cancel(true);
                return;
            }
        }
    }

    /** Tells the writer the input ended, waits for it, stops the pool; returns the read failure, if any. */
    private static Throwable finish(BlockingQueue<Chunk> inFlight, Thread writerThread, ExecutorService pool,
                                    AtomicReference<Throwable> failure, Throwable readFailure) {
        try {
            while (writerThread.isAlive() && !inFlight.offer(END, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    break; // the writer has stopped on its own
                }
            }
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new InterruptedIOException("the roster run was interrupted"));
            writerThread.interrupt();
        } finally {
            pool.shutdownNow();
        }
        if (readFailure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new InterruptedIOException("the roster run was interrupted");
        }
        return readFailure;
    }

    private static RuntimeException rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** Takes chunks in input order, waits for their verdicts and writes them. */
    private final class OrderedWriter implements Runnable {

        private final BlockingQueue<Chunk> inFlight;
        private final VerdictWriter out;
        private final RosterSummary summary;
        private final long totalBytes;
        private final AtomicReference<Throwable> failure;
        volatile long bytesRead;

        OrderedWriter(BlockingQueue<Chunk> inFlight, VerdictWriter out, RosterSummary summary, long totalBytes,
               AtomicReference<Throwable> failure) {
            this.inFlight = inFlight;
            this.out = out;
            this.summary = summary;
            this.totalBytes = totalBytes;
            this.failure = failure;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Chunk c = inFlight.take();
                    if (c.verdicts() == null) {
                        return;
                    }
                    List<Verdict> verdicts = verdictsOf(c);
                    for (Verdict v : verdicts) {
                        out.write(v);
                    }
                    summary.addVerdicts(verdicts);
                    progress.update(summary.verdicts() + summary.rejects(), bytesRead, totalBytes);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                for (Chunk c; (c = inFlight.poll()) != null; ) {
                    if (c.verdicts() != null) {
                        c.verdicts().cancel(true);
                    }
                }
            }
        }

        private List<Verdict> verdictsOf(Chunk c) throws InterruptedException {
            List<Verdict> verdicts;
            try {
                verdicts = c.verdicts().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new RosterEvaluationException(c.firstRow(), c.lastRow(), String.valueOf(cause), cause);
            }
            if (verdicts == null || verdicts.size() != c.cases().size()) {
                throw new RosterEvaluationException(c.firstRow(), c.lastRow(), "the evaluator returned "
                        + (verdicts == null ? "null" : verdicts.size() + " verdicts") + " for "
                        + c.cases().size() + " cases", null);
            }
            for (int i = 0; i < verdicts.size(); i++) {
                Verdict v = verdicts.get(i);
                if (v == null || !c.cases().get(i).id().equals(v.caseId())) {
                    throw new RosterEvaluationException(c.firstRow(), c.lastRow(),
                            "verdict " + (i + 1) + " of the chunk is not for its case (out of order or missing)", null);
                }
            }
            return verdicts;
        }
    }
}
