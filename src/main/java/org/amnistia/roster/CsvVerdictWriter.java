package org.amnistia.roster;

import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Verdicts as CSV: {@code id,verdict,articles,doubts,missing,reason_es,reason_en}; list cells
 * joined with {@code ;}, {@code missing} holding the fact names, reasons from {@link VerdictReason}.
 * Every cell passes {@link CsvCells} (quoting, spreadsheet safety).
 */
final class CsvVerdictWriter implements VerdictWriter {

    static final String HEADER = "id,verdict,articles,doubts,missing,reason_es,reason_en";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    CsvVerdictWriter(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.out.write(HEADER);
        this.out.write('\n');
    }

    @Override
    public void write(Verdict v) throws IOException {
        VerdictReason reason = VerdictReason.of(v);
        StringBuilder b = line;
        b.setLength(0);
        CsvCells.append(b, v.caseId());
        b.append(',');
        CsvCells.append(b, v.verdict() == null ? null : v.verdict().name());
        b.append(',');
        CsvCells.append(b, join(v.articles()));
        b.append(',');
        CsvCells.append(b, join(v.doubts()));
        b.append(',');
        CsvCells.append(b, facts(v.missing()));
        b.append(',');
        CsvCells.append(b, reason.es());
        b.append(',');
        CsvCells.append(b, reason.en());
        b.append('\n');
        out.append(b);
    }

    private static String join(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join(";", items);
    }

    private static String facts(List<Verdict.Missing> missing) {
        if (missing == null || missing.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Verdict.Missing m : missing) {
            b.append(b.length() == 0 ? "" : ";").append(m.fact());
        }
        return b.toString();
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
