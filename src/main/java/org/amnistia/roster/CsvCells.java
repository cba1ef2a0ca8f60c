package org.amnistia.roster;

/**
 * Writes CSV cells: RFC 4180 quoting when a cell holds a comma, a quote or a line break, and
 * spreadsheet safety — a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR
 * gets a leading {@code '} so that no spreadsheet runs it as a formula.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as it is written (quoted and neutralised where needed); {@code null} is empty. */
    public static String escape(String cell) {
        StringBuilder out = new StringBuilder();
        append(out, cell);
        return out.toString();
    }

    /** A whole CSV line (its cells written as {@link #append} does, then a line break). */
    public static String row(String... cells) {
        StringBuilder line = new StringBuilder(256);
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            append(line, cell);
        }
        return line.append('\n').toString();
    }

    public static void append(StringBuilder out, String cell) {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        boolean quote = needsQuotes(cell);
        if (quote) {
            out.append('"');
        }
        if (dangerous(cell.charAt(0))) {
            out.append('\'');
        }
        if (quote) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
        } else {
            out.append(cell);
        }
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0, n = cell.length(); i < n; i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean dangerous(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
