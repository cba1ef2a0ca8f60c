package org.amnistia.web;

import java.util.Locale;

/**
 * A roster the page uploads: its file name (from {@code ?name=}) and bytes, and what kind of file it
 * is — a workbook by its zip signature or {@code .xlsx}, JSONL by {@code .jsonl}/{@code .ndjson} or a
 * first character {@code {}, else CSV.
 */
record RosterUpload(String name, byte[] bytes) {

    enum Kind { CSV, JSONL, XLSX }

    Kind kind() {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)) {
            return Kind.XLSX;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' ? Kind.JSONL : Kind.CSV;
            }
        }
        return Kind.CSV;
    }

    /** The file's name without its folder and extension, for the names of what the page downloads. */
    String stem() {
        String base = name.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem.isBlank() ? "nomina" : stem;
    }
}
