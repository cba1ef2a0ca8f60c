package org.amnistia.roster;

import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Verdicts as CSV: {@code id,verdict,articles,doubts,missing,reason_es,reason_en}; list cells
 * joined with {@code ;}, {@code missing} holding the fact names, reasons from {@link VerdictReason}.
 * Every cell passes {@link CsvCells} (quoting, spreadsheet safety).
 */
final class CsvVerdictWriter extends StreamVerdictWriter {

    static final String HEADER = "id,verdict,articles,doubts,missing,reason_es,reason_en";

    CsvVerdictWriter(OutputStream out) throws IOException {
        super(out);
        out.write((HEADER + '\n').getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] encode(List<Verdict> verdicts) {
        StringBuilder b = new StringBuilder(verdicts.size() * 256);
        for (Verdict v : verdicts) {
            append(b, v);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder b, Verdict v) {
        VerdictReason reason = VerdictReason.of(v);
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
}
