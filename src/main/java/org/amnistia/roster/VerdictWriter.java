package org.amnistia.roster;

import org.amnistia.verdict.Verdict;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes verdicts one after another, as JSONL or CSV (docs/spec/linea-de-ordenes.md, "Outputs"). Encoding is apart from
 * writing: {@link #encode} is thread-safe, so a roster's workers turn their own chunks into bytes in
 * parallel, and the one writer thread only appends them in order ({@link #writeEncoded}).
 */
public interface VerdictWriter extends Closeable, Flushable {

    /** These verdicts in this writer's format, one line each. Thread-safe. */
    byte[] encode(List<Verdict> verdicts);

    /** Appends bytes made by {@link #encode}. Not thread-safe. */
    void writeEncoded(byte[] encoded) throws IOException;

    default void write(Verdict verdict) throws IOException {
        writeEncoded(encode(List.of(verdict)));
    }

    /** A file, the format told by its extension ({@code .jsonl}/{@code .ndjson} or {@code .csv}). */
    static VerdictWriter open(Path file) throws IOException {
        return open(file, RosterFormat.ofFileName(file.getFileName().toString()));
    }

    static VerdictWriter open(Path file, RosterFormat format) throws IOException {
        return of(Files.newOutputStream(file), format);
    }

    /**
     * What a command line names: {@code -} (or {@code null}: no {@code -o}) is standard output, JSONL
     * unless {@code format} says otherwise; anything else a file whose format is {@code format} or,
     * when {@code null}, its extension's.
     */
    static VerdictWriter open(String fileArgument, RosterFormat format) throws IOException {
        if (fileArgument == null || "-".equals(fileArgument)) {
            return of(new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open
                }
            }, format == null ? RosterFormat.JSONL : format);
        }
        Path file = Path.of(fileArgument);
        return format == null ? open(file) : open(file, format);
    }

    /** Writes to a stream (closed with the writer). */
    static VerdictWriter of(OutputStream out, RosterFormat format) throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, RosterReader.BUFFER);
        return format == RosterFormat.CSV ? new CsvVerdictWriter(buffered) : new JsonlVerdictWriter(buffered);
    }
}
