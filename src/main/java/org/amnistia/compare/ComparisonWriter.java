package org.amnistia.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.amnistia.casefile.CaseJson;
import org.amnistia.roster.CsvCells;
import org.amnistia.roster.RosterFormat;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the compare rows of docs/spec/linea-de-ordenes.md —
 * {@code id,verdict_a,verdict_b,change,articles,reason_es,reason_en,reading_a,reading_b}, only for people
 * whose verdict changes, each with the reading each side was evaluated under — as CSV (spreadsheet-safe) or JSONL.
 */
public final class ComparisonWriter implements Closeable {

    private static final String HEADER = "id,verdict_a,verdict_b,change,articles,reason_es,reason_en,reading_a,reading_b";
    private static final ObjectMapper JSON = CaseJson.mapper();

    private final Writer out;
    private final boolean csv;
    private final boolean closeStream;

    private ComparisonWriter(Writer out, boolean csv, boolean closeStream) throws IOException {
        this.out = out;
        this.csv = csv;
        this.closeStream = closeStream;
        if (csv) {
            out.write(HEADER);
            out.write('\n');
        }
    }

    /**
     * {@code null} or {@code -} is standard output (JSONL); a file is CSV or JSONL by its extension, as
     * {@code batch} reads it ({@link RosterFormat#ofFileName}, which refuses any other).
     */
    public static ComparisonWriter open(String file) throws IOException {
        return open(file, file == null || "-".equals(file) ? null : Path.of(file));
    }

    /**
     * The changes named {@code file} on the command line (its extension tells the format), written
     * to {@code writeTo}, a temporary file beside it until the run completes; standard output for
     * {@code -} or none.
     */
    public static ComparisonWriter open(String file, Path writeTo) throws IOException {
        if (file == null || "-".equals(file)) {
            OutputStream stdout = System.out;
            return new ComparisonWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16),
                    false, false);
        }
        boolean csv = RosterFormat.ofFileName(file) == RosterFormat.CSV;
        return new ComparisonWriter(Files.newBufferedWriter(writeTo, StandardCharsets.UTF_8), csv, true);
    }

    /** One changed row; {@code readingA} and {@code readingB}: {@code favourable} or {@code strict}. */
    public void write(VerdictPair pair, Difference d, String readingA, String readingB) throws IOException {
        if (csv) {
            out.write(CsvCells.row(pair.caseId(), pair.a().verdict().name(), pair.b().verdict().name(),
                    d.change().id(), d.articles(), d.es(), d.en(), readingA, readingB));
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", pair.caseId());
            row.put("verdict_a", pair.a().verdict());
            row.put("verdict_b", pair.b().verdict());
            row.put("change", d.change().id());
            row.put("articles", d.articles());
            row.put("reason_es", d.es());
            row.put("reason_en", d.en());
            row.put("reading_a", readingA);
            row.put("reading_b", readingB);
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closeStream) {
            out.close();
        } else {
            out.flush();
        }
    }
}
