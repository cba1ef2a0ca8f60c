package org.amnistia.roster;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejects file (docs/spec/linea-de-ordenes.md, "Rejects CSV"): {@code row,id,field,reason_es,reason_en}, with the
 * spreadsheet safety of the verdict CSV. The raw row is never written. Not thread-safe.
 */
public final class RejectsWriter implements Closeable, Flushable {

    static final String HEADER = "row,id,field,reason_es,reason_en";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    /** Writes to a stream (closed with the writer). */
    public RejectsWriter(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(new BufferedOutputStream(out, RosterReader.BUFFER), StandardCharsets.UTF_8);
        this.out.write(HEADER);
        this.out.write('\n');
    }

    public static RejectsWriter open(Path file) throws IOException {
        return new RejectsWriter(Files.newOutputStream(file));
    }

    public void write(Reject r) throws IOException {
        StringBuilder b = line;
        b.setLength(0);
        b.append(r.row()).append(',');
        CsvCells.append(b, r.id());
        b.append(',');
        CsvCells.append(b, r.field());
        b.append(',');
        CsvCells.append(b, r.es());
        b.append(',');
        CsvCells.append(b, r.en());
        b.append('\n');
        out.append(b);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
