package org.amnistia.roster;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Streams a roster one record at a time in constant memory (only a compact set of id hashes grows,
 * to reject duplicate ids). Not thread-safe: one thread reads.
 */
public interface RosterReader extends Closeable {

    /** Size of the I/O buffers of readers and writers. */
    int BUFFER = 64 * 1024;

    /**
     * The next record, a case or a reject, or {@code null} at the end. Blank lines are skipped
     * (and counted).
     *
     * @throws IOException when the input cannot be read
     */
    RosterRow next() throws IOException;

    /** Blank lines skipped so far. */
    long blankLines();

    /** Bytes consumed from the input so far (runs slightly ahead of the records returned). */
    long bytesRead();

    /** The input's size in bytes when known (a regular file), else {@code -1}. */
    long totalBytes();

    /** Opens a file, the format told by its extension ({@link RosterFormat#ofFileName}). */
    static RosterReader open(Path file) throws IOException {
        return open(file, RosterFormat.ofFileName(file.getFileName().toString()));
    }

    /** Opens a file in the given format. */
    static RosterReader open(Path file, RosterFormat format) throws IOException {
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file);
            size = Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (NoSuchFileException e) {
            throw new RosterFileException(file.toString(), null, "el archivo no existe", "no such file");
        }
        try {
            return open(in, format, file.toString(), size);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens what a command line names: {@code -} is standard input (then {@code format} is required),
     * anything else a file whose format is {@code format} or, when {@code null}, its extension's.
     */
    static RosterReader open(String fileArgument, RosterFormat format) throws IOException {
        if ("-".equals(fileArgument)) {
            if (format == null) {
                throw new RosterFileException("-", null,
                        "para la entrada estándar hay que indicar el formato (csv o jsonl)",
                        "standard input needs an explicit format (csv or jsonl)");
            }
            return open(System.in, format, "-", -1);
        }
        Path file = Path.of(fileArgument);
        return format == null ? open(file) : open(file, format);
    }

    /**
     * Reads a stream (closed with the reader). {@code name} names the input in messages;
     * {@code size} is its length in bytes, or {@code -1} when unknown.
     */
    static RosterReader open(InputStream in, RosterFormat format, String name, long size) throws IOException {
        CountingInputStream counted = new CountingInputStream(new BufferedInputStream(in, BUFFER));
        return format == RosterFormat.CSV
                ? new CsvRosterReader(counted, name, size)
                : new JsonlRosterReader(counted, size);
    }
}
