package org.amnistia.roster;

import org.amnistia.verdict.Verdict;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * The NGO's own CSV given back with the verdict columns added ({@code batch --keep-columns}): its
 * header and every row as it came, in order — a rejected row too, with why — then
 * {@link VerdictColumns}. Every cell passes {@link CsvCells} (quoting, no formula runs).
 */
public final class AnnotatedCsvWriter implements RosterRun.Sink<Verdict>, AutoCloseable {

    private final OutputStream out;
    private final int width;
    private final VerdictColumns added;

    /** Writes to {@code out} (closed with the writer) the roster's {@code header} and the added columns; a JSONL roster's header is {@code id}. */
    public AnnotatedCsvWriter(OutputStream out, List<String> header, ConductDateNote note) throws IOException {
        this.out = new BufferedOutputStream(out, RosterReader.BUFFER);
        this.width = header.size();
        this.added = new VerdictColumns(note);
        StringBuilder line = new StringBuilder();
        appendRow(line, header, added.headers());
        this.out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean writesEveryRow() {
        return true;
    }

    @Override
    public void write(List<Verdict> results, byte[] encoded, RosterSummary summary) {
        throw new IllegalStateException("the annotated sheet writes every row: writeRows");
    }

    @Override
    public byte[] encodeRows(List<RosterRow> rows, List<Verdict> results) {
        StringBuilder b = new StringBuilder(rows.size() * 256);
        Iterator<Verdict> verdicts = results.iterator();
        for (RosterRow row : rows) {
            Verdict v = row.isReject() ? null : verdicts.next();
            appendRow(b, AnnotatedXlsxWriter.ownCells(row), added.cells(v, row.reject(), !row.isReject() && ConductDateNote.hasConductDate(row.caseFile())));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void writeRows(List<RosterRow> rows, List<Verdict> results, byte[] encoded, RosterSummary summary)
            throws IOException {
        out.write(encoded);
        summary.addVerdicts(results);
    }

    private void appendRow(StringBuilder b, List<String> own, List<String> more) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                b.append(',');
            }
            CsvCells.append(b, own != null && i < own.size() ? own.get(i) : null);
        }
        for (String cell : more) {
            b.append(',');
            CsvCells.append(b, cell);
        }
        b.append('\n');
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
