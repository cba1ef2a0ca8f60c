package org.amnistia.roster;

/**
 * Writes CSV cells: RFC 4180 quoting when a cell holds a comma, a quote or a line break, and
 * spreadsheet safety — a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR
 * gets a leading {@code '} so that no spreadsheet runs it as a formula.
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The cell as it is written (quoted and neutralised where needed); {@code null} is empty. */
    static String escape(String cell) {
        StringBuilder out = new StringBuilder();
        append(out, cell);
        return out.toString();
    }

    static void append(StringBuilder out, String cell) {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        if (plain(cell)) {
            out.append(cell);
            return;
        }
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            out.append('"');
        }
        if (dangerous(cell.charAt(0))) {
            out.append('\'');
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        if (quote) {
            out.append('"');
        }
    }

    /** Nothing to quote and nothing to neutralise. */
    private static boolean plain(String cell) {
        if (dangerous(cell.charAt(0))) {
            return false;
        }
        for (int i = 0, n = cell.length(); i < n; i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean dangerous(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
