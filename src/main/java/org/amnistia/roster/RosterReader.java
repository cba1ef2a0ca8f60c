package org.amnistia.roster;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

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

    /**
     * The header as the roster reads it: which column holds which field, which were ignored and
     * why; {@code null} for a JSONL roster, which has no header.
     */
    default ColumnMapping columns() {
        return null;
    }

    /**
     * The encoding a text roster is read in (told from its bytes or forced, {@link RosterEncoding});
     * {@code null} for a workbook, whose cells are text already.
     */
    default RosterEncoding encoding() {
        return null;
    }

    /** Opens a file, the format told by its extension ({@link RosterFormat#ofFileName}, or {@code .xlsx}). */
    static RosterReader open(Path file) throws IOException {
        return open(file, null, RosterSettings.DEFAULT);
    }

    /** Opens a file in the given format. */
    static RosterReader open(Path file, RosterFormat format) throws IOException {
        return open(file, format, RosterSettings.DEFAULT);
    }

    /**
     * Opens a file read as {@code settings} say: a workbook when its name ends in {@code .xlsx}, else
     * {@code format} or, when {@code null}, its extension's.
     */
    static RosterReader open(Path file, RosterFormat format, RosterSettings settings) throws IOException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new RosterFileException(name, null, "el archivo no existe", "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new RosterFileException(name, null, "es una carpeta, no un archivo: nombre la nómina que contiene",
                    "is a folder, not a file: name the roster inside it");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO would block until a writer comes, a device could stream forever
            throw new RosterFileException(name, null,
                    "no es un archivo normal (una tubería FIFO, un dispositivo…): para leer de una tubería, use - y redirija la entrada",
                    "is not a regular file (a FIFO, a device…): to read from a pipe, use - and redirect standard input");
        }
        if (format == null && isWorkbook(file.getFileName().toString())) {
            return new SheetRosterReader(XlsxCellRows.open(file.toFile(), name, settings.columns().sheet()), name, settings, true);
        }
        RosterFormat f = format != null ? format : formatOf(file.getFileName().toString());
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file);
            size = Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (NoSuchFileException e) {
            throw new RosterFileException(name, null, "el archivo no existe", "no such file");
        }
        try {
            return open(in, f, name, size, settings);
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
        return open(fileArgument, format, RosterSettings.DEFAULT);
    }

    /** As {@link #open(String, RosterFormat)}, read as {@code settings} say. */
    static RosterReader open(String fileArgument, RosterFormat format, RosterSettings settings) throws IOException {
        if ("-".equals(fileArgument)) {
            if (format == null) {
                throw new RosterFileException("-", null,
                        "para la entrada estándar hay que indicar el formato (csv o jsonl)",
                        "standard input needs an explicit format (csv or jsonl)");
            }
            return open(System.in, format, "-", -1, settings);
        }
        return open(Path.of(fileArgument), format, settings);
    }

    /**
     * Reads a stream (closed with the reader). {@code name} names the input in messages;
     * {@code size} is its length in bytes, or {@code -1} when unknown.
     */
    static RosterReader open(InputStream in, RosterFormat format, String name, long size) throws IOException {
        return open(in, format, name, size, RosterSettings.DEFAULT);
    }

    /** As {@link #open(InputStream, RosterFormat, String, long)}, read as {@code settings} say. */
    static RosterReader open(InputStream in, RosterFormat format, String name, long size, RosterSettings settings)
            throws IOException {
        CountingInputStream counted = new CountingInputStream(new BufferedInputStream(in, BUFFER));
        return format == RosterFormat.CSV
                ? new SheetRosterReader(new CsvCellRows(counted, size, settings.encoding(), CsvCellRows.MAX_RECORD), name, settings, false)
                : new JsonlRosterReader(counted, size, settings.encoding(), JsonlRosterReader.MAX_LINE);
    }

    /** Reads a workbook held in a stream (an upload), its sheet as {@code settings} say. */
    static RosterReader openWorkbook(InputStream in, String name, RosterSettings settings) throws IOException {
        return new SheetRosterReader(XlsxCellRows.open(in, name, settings.columns().sheet()), name, settings, true);
    }

    /** Whether a file name is a workbook's ({@code .xlsx}, any case). */
    static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A roster's format by its extension; the message of an unknown one also names {@code .xlsx}. */
    private static RosterFormat formatOf(String fileName) throws RosterFileException {
        try {
            return RosterFormat.ofFileName(fileName);
        } catch (RosterFileException e) {
            throw new RosterFileException(fileName, null,
                    "no se reconoce el formato por la extensión (se admite .csv, .jsonl, .ndjson, .xlsx)",
                    "cannot tell the format from the extension (allowed: .csv, .jsonl, .ndjson, .xlsx)");
        }
    }
}
