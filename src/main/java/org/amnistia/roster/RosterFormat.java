package org.amnistia.roster;

import java.util.Locale;

/** The two shapes a roster, or a file of verdicts, comes in (docs/spec/formato-caso.md, docs/spec/linea-de-ordenes.md "Outputs"). */
public enum RosterFormat {
    /** RFC 4180 CSV with a header row of {@link RosterColumn} names. */
    CSV,
    /** One JSON object per line ({@code .jsonl} or {@code .ndjson}). */
    JSONL;

    /**
     * The format a file name announces by its extension: {@code .csv}, {@code .jsonl} or
     * {@code .ndjson} (any case).
     *
     * @throws RosterFileException for any other name, including {@code -} (give the format explicitly)
     */
    public static RosterFormat ofFileName(String fileName) throws RosterFileException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        throw new RosterFileException(fileName, null,
                "no se reconoce el formato por la extensión (se admite .csv, .jsonl, .ndjson)",
                "cannot tell the format from the extension (allowed: .csv, .jsonl, .ndjson)");
    }
}
