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
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Evaluates a whole roster in parallel and writes the results in input order, in constant memory.
 *
 * <p>The calling thread reads records and cuts the cases into chunks (rejects go straight to the
 * rejects file, in order); a pool of worker threads evaluates the chunks, each worker with its own
 * evaluator from the supplier, and encodes its results there ({@link Sink#encode}); one writer thread
 * takes the chunks back in the order they were read and hands them to the {@link Sink}. A result is usually a {@link Verdict}; {@code compare}
 * evaluates each case under two laws and its result is the pair. At most {@code 2 × threads} chunks wait between reader
 * and writer. If an evaluator throws, the run stops with a {@link RosterEvaluationException}: no row
 * is silently lost.
 *
 * <pre>{@code
 * RosterSummary s = RosterRun.with(() -> engine.newChunkEvaluator())
 *         .threads(4).rejects(rejectsWriter).progress(Progress.stderr("es"))
 *         .run(reader, verdictWriter);
 * }</pre>
 */
public final class RosterRun<R> {

    /** Receives the results of each chunk, in input order, on the writer thread. */
    public interface Sink<R> {

        /**
         * Turns one chunk's results into the bytes to write, on the worker thread that made them, so
         * that chunks are encoded in parallel and the writer thread only appends. Thread-safe. The
         * default encodes nothing ({@code null}): {@link #write} does all the work.
         */
        default byte[] encode(List<R> results) {
            return null;
        }

        /** Writes one chunk's results ({@code encoded}: what {@link #encode} made of them) and counts them in {@code summary}. */
        void write(List<R> results, byte[] encoded, RosterSummary summary) throws IOException;

        void flush() throws IOException;

        /**
         * Whether this sink gives every row back, the annotated sheet: then each chunk also carries its
         * rejects in their place, and it is handed over through {@link #encodeRows} and {@link #writeRows}.
         */
        default boolean writesEveryRow() {
            return false;
        }

        /** As {@link #encode}, with the chunk's rows: each case's (in order with {@code results}) and each reject's. Thread-safe. */
        default byte[] encodeRows(List<RosterRow> rows, List<R> results) {
            return encode(results);
        }

        /** As {@link #write}, with the chunk's rows in input order. */
        default void writeRows(List<RosterRow> rows, List<R> results, byte[] encoded, RosterSummary summary)
                throws IOException {
            write(results, encoded, summary);
        }
    }

    /**
     * Cases per chunk unless told otherwise. Measured with {@code amnistia bench}: 250 against 2,000
     * gave about a fifth more cases/s and a third of the live heap, as fewer verdicts wait in flight
     * and survive each young collection.
     */
    public static final int DEFAULT_CHUNK = 250;

    private static final long POLL_MILLIS = 50;

    /** For the annotated sheet: rows of a chunk past which a run of rejects is sent without waiting for cases. */
    private static final int REJECTS_PER_CHUNK = 4 * DEFAULT_CHUNK;

    private final Supplier<?> evaluators;
    private final Function<Object, Function<List<CaseFile>, List<R>>> work;
    private final Function<R, String> idOf;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int chunkSize = DEFAULT_CHUNK;
    private RejectsWriter rejects;
    private Progress progress = Progress.none();
    private UnrecognisedCharges charges;
    private BooleanSupplier stop = () -> false;

    private RosterRun(Supplier<?> evaluators, Function<Object, Function<List<CaseFile>, List<R>>> work,
                      Function<R, String> idOf) {
        this.evaluators = Objects.requireNonNull(evaluators, "evaluators");
        this.work = work;
        this.idOf = idOf;
    }

    /** A run whose workers each take one evaluator from {@code evaluators}; its results are verdicts. */
    public static RosterRun<Verdict> with(Supplier<? extends ChunkEvaluator> evaluators) {
        return new RosterRun<>(evaluators, e -> ((ChunkEvaluator) e)::evaluate, Verdict::caseId);
    }

    /**
     * A run whose workers each take one {@code evaluator} from {@code evaluators} and turn a chunk of
     * cases into results, one per case in order; {@code idOf} tells which case a result is for.
     */
    public static <E, R> RosterRun<R> of(Supplier<E> evaluators, Function<E, Function<List<CaseFile>, List<R>>> work,
                                         Function<R, String> idOf) {
        @SuppressWarnings("unchecked")
        Function<Object, Function<List<CaseFile>, List<R>>> untyped = e -> work.apply((E) e);
        return new RosterRun<>(evaluators, untyped, idOf);
    }

    /** Worker threads (default: the number of cores). */
    public RosterRun<R> threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Cases per chunk (default {@value #DEFAULT_CHUNK}). */
    public RosterRun<R> chunkSize(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.chunkSize = chunkSize;
        return this;
    }

    /** Where rejects go; {@code null} (the default) counts them only. */
    public RosterRun<R> rejects(RejectsWriter rejects) {
        this.rejects = rejects;
        return this;
    }

    /** Tallies the charge texts the catalogue does not recognise; the summary then lists them. */
    /**
     * Stops reading when {@code stop} says so (an interruption): the rows in flight are finished
     * and counted, the rest are not read.
     */
    public RosterRun<R> stopWhen(BooleanSupplier stop) {
        this.stop = stop;
        return this;
    }

    public RosterRun<R> charges(UnrecognisedCharges charges) {
        this.charges = charges;
        return this;
    }

    public RosterRun<R> progress(Progress progress) {
        this.progress = progress == null ? Progress.none() : progress;
        return this;
    }

    /**
     * The rows of one chunk and, once a worker is done, its results. {@code results == null}: the end.
     * {@code rows}: every row of the chunk, rejects included, when the sink writes every row; else {@code null}.
     */
    private record Chunk<R>(long firstRow, long lastRow, List<RosterRow> rows, Future<Evaluated<R>> results) {
    }

    /** A chunk's results and the bytes its sink made of them on the worker thread. */
    private record Evaluated<R>(List<R> results, byte[] encoded) {
    }

    private final Chunk<R> end = new Chunk<>(0, 0, null, null);

    /**
     * Reads {@code reader} to its end, writes every verdict to {@code out} (flushed, not closed) and
     * every reject to the rejects writer, and returns the counts.
     *
     * @throws IOException                reading or writing failed
     * @throws RosterEvaluationException  an evaluator failed or answered wrongly
     */
    public RosterSummary run(RosterReader reader, VerdictWriter out) throws IOException {
        return run(reader, new Sink<R>() {
            @Override
            public byte[] encode(List<R> results) {
                return out.encode(verdicts(results));
            }

            @Override
            public void write(List<R> results, byte[] encoded, RosterSummary summary) throws IOException {
                out.writeEncoded(encoded);
                summary.addVerdicts(verdicts(results));
            }

            @SuppressWarnings("unchecked")
            private List<Verdict> verdicts(List<R> results) {
                return (List<Verdict>) results;
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        });
    }

    /**
     * Reads {@code reader} to its end, hands every result to {@code sink} (flushed at the end) and
     * every reject to the rejects writer, and returns the counts.
     *
     * @throws IOException                reading or writing failed
     * @throws RosterEvaluationException  an evaluator failed or answered wrongly
     */
    public RosterSummary run(RosterReader reader, Sink<R> out) throws IOException {
        long t0 = System.nanoTime();
        RosterSummary summary = new RosterSummary();
        summary.setEncoding(reader.encoding());
        progress.start();
        List<Object> made = new CopyOnWriteArrayList<>();
        ThreadLocal<Function<List<CaseFile>, List<R>>> evaluator = ThreadLocal.withInitial(() -> {
            Object e = Objects.requireNonNull(evaluators.get(), "the evaluator supplier returned null");
            made.add(e);
            return work.apply(e);
        });
        AtomicInteger workerNumber = new AtomicInteger();
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "amnistia-eval-" + workerNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        BlockingQueue<Chunk<R>> inFlight = new ArrayBlockingQueue<>(2 * threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        OrderedWriter writer = new OrderedWriter(inFlight, out, summary, reader.totalBytes(), failure);
        Thread writerThread = new Thread(writer, "amnistia-writer");
        writerThread.setDaemon(true);
        writerThread.start();

        Throwable readFailure = null;
        long rows = 0;
        boolean everyRow = out.writesEveryRow();
        try {
            List<CaseFile> cases = new ArrayList<>(chunkSize);
            List<RosterRow> chunkRows = everyRow ? new ArrayList<>(chunkSize) : null;
            long firstRow = 0;
            long lastRow = 0;
            RosterRow row;
            while (failure.get() == null && !stop.getAsBoolean() && (row = reader.next()) != null) {
                rows++;
                if (everyRow) {
                    chunkRows.add(row);
                }
                if (row.isReject()) {
                    summary.addReject(row.reject());
                    if (rejects != null) {
                        rejects.write(row.reject());
                    }
                    // rejects wait in the chunk only for the annotated sheet; a long run of them is sent on its own
                    if (everyRow && chunkRows.size() >= REJECTS_PER_CHUNK) {
                        submit(pool, evaluator, out, inFlight, failure, cases, chunkRows, firstRow, lastRow);
                        cases = new ArrayList<>(chunkSize);
                        chunkRows = new ArrayList<>(chunkSize);
                    }
                    continue;
                }
                if (cases.isEmpty()) {
                    firstRow = row.row();
                }
                lastRow = row.row();
                cases.add(row.caseFile());
                if (charges != null) {
                    charges.add(row.caseFile());
                }
                if (cases.size() == chunkSize) {
                    writer.bytesRead = reader.bytesRead();
                    submit(pool, evaluator, out, inFlight, failure, cases, chunkRows, firstRow, lastRow);
                    cases = new ArrayList<>(chunkSize);
                    chunkRows = everyRow ? new ArrayList<>(chunkSize) : null;
                }
            }
            if ((!cases.isEmpty() || (everyRow && !chunkRows.isEmpty())) && failure.get() == null) {
                submit(pool, evaluator, out, inFlight, failure, cases, chunkRows, firstRow, lastRow);
            }
            writer.bytesRead = reader.bytesRead();
        } catch (Throwable t) {
            readFailure = t;
        } finally {
            summary.addRows(rows);
            readFailure = finish(inFlight, writerThread, pool, failure, readFailure);
        }
        progress.finish();
        for (Object e : made) {
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
        if (charges != null) {
            summary.setUnrecognised(charges);
        }
        summary.setSeconds((System.nanoTime() - t0) / 1e9);
        return summary;
    }

    private void submit(ExecutorService pool, ThreadLocal<Function<List<CaseFile>, List<R>>> evaluator, Sink<R> out,
                        BlockingQueue<Chunk<R>> inFlight, AtomicReference<Throwable> failure, List<CaseFile> cases,
                        List<RosterRow> rows, long firstRow, long lastRow) throws InterruptedException {
        List<CaseFile> chunk = cases;
        Future<Evaluated<R>> verdicts = pool.submit(() -> {
            List<R> results = chunk.isEmpty() ? List.of() : evaluator.get().apply(chunk);
            checkAnswers(chunk, firstRow, lastRow, results);
            return new Evaluated<>(results, rows == null ? out.encode(results) : out.encodeRows(rows, results));
        });
        Chunk<R> c = new Chunk<>(firstRow, lastRow, rows, verdicts);
        while (!inFlight.offer(c, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
                verdicts.cancel(true);
                return;
            }
        }
    }

    /** Tells the writer the input ended, waits for it, stops the pool; returns the read failure, if any. */
    private Throwable finish(BlockingQueue<Chunk<R>> inFlight, Thread writerThread, ExecutorService pool,
                             AtomicReference<Throwable> failure, Throwable readFailure) {
        try {
            while (writerThread.isAlive() && !inFlight.offer(end, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
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

    /** Takes chunks in input order, waits for their results and hands them to the sink. */
    private final class OrderedWriter implements Runnable {

        private final BlockingQueue<Chunk<R>> inFlight;
        private final Sink<R> out;
        private final RosterSummary summary;
        private final long totalBytes;
        private final AtomicReference<Throwable> failure;
        volatile long bytesRead;

        OrderedWriter(BlockingQueue<Chunk<R>> inFlight, Sink<R> out, RosterSummary summary, long totalBytes,
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
                    Chunk<R> c = inFlight.take();
                    if (c.results() == null) {
                        return;
                    }
                    Evaluated<R> done = resultsOf(c);
                    if (c.rows() == null) {
                        out.write(done.results(), done.encoded(), summary);
                    } else {
                        out.writeRows(c.rows(), done.results(), done.encoded(), summary);
                    }
                    progress.update(summary.verdicts() + summary.rejects(), bytesRead, totalBytes);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                for (Chunk<R> c; (c = inFlight.poll()) != null; ) {
                    if (c.results() != null) {
                        c.results().cancel(true);
                    }
                }
            }
        }

        private Evaluated<R> resultsOf(Chunk<R> c) throws InterruptedException {
            try {
                return c.results().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw cause instanceof RosterEvaluationException wrong ? wrong
                        : new RosterEvaluationException(c.firstRow(), c.lastRow(), String.valueOf(cause), cause);
            }
        }
    }

    /** An evaluator must answer once per case, in order; a wrong answer stops the run rather than lose a row. */
    private void checkAnswers(List<CaseFile> cases, long firstRow, long lastRow, List<R> verdicts) {
        if (verdicts == null || verdicts.size() != cases.size()) {
            throw new RosterEvaluationException(firstRow, lastRow, "the evaluator returned "
                    + (verdicts == null ? "null" : verdicts.size() + " verdicts") + " for "
                    + cases.size() + " cases", null);
        }
        for (int i = 0; i < verdicts.size(); i++) {
            R v = verdicts.get(i);
            if (v == null || !cases.get(i).id().equals(idOf.apply(v))) {
                throw new RosterEvaluationException(firstRow, lastRow,
                        "verdict " + (i + 1) + " of the chunk is not for its case (out of order or missing)", null);
            }
        }
    }
}
