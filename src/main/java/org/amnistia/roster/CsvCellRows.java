package org.amnistia.roster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written streaming RFC 4180 parser (UTF-8, BOM stripped, CRLF, LF or CR line ends, quoted
 * cells with {@code ""} and embedded newlines; a malformed byte reads as U+FFFD). A record spanning
 * several lines is numbered by its first line; the header is line 1. A malformed record (an
 * unterminated quote, a quote inside an unquoted cell, text after a closing quote) is {@code BAD}
 * and the rest of its physical line is dropped.
 */
final class CsvCellRows implements CellRows {

    private static final int EOF = 0;
    private static final int RECORD = 1;
    private static final int BLANK = 2;
    private static final int BAD = 3;

    private final CountingInputStream counted;
    private final long size;
    private final Reader input;
    private final char[] buf = new char[RosterReader.BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private boolean started;
    private long blank;

    /** Physical line (1-based) of the character at {@code pos}. */
    private long line = 1;
    private long recordLine;
    private String badEs;
    private String badEn;

    private final ArrayList<String> cells = new ArrayList<>(RosterColumn.values().length);
    private final StringBuilder text = new StringBuilder(128);

    CsvCellRows(CountingInputStream counted, long size) {
        this.counted = counted;
        this.size = size;
        this.input = new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    @Override
    public Found next() throws IOException {
        while (true) {
            switch (readRecord()) {
                case EOF:
                    return Found.END;
                case BLANK:
                    blank++;
                    continue;
                case BAD:
                    return Found.BAD;
                default:
                    return Found.ROW;
            }
        }
    }

    @Override
    public long row() {
        return recordLine;
    }

    @Override
    public List<String> cells() {
        return cells;
    }

    @Override
    public String badEs() {
        return badEs;
    }

    @Override
    public String badEn() {
        return badEn;
    }

    @Override
    public long blankRows() {
        return blank;
    }

    @Override
    public String cellName(int index) {
        return null;
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public long totalBytes() {
        return size;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = input.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = len = 0;
            return false;
        }
        pos = 0;
        len = n;
        if (!started) {
            started = true;
            if (buf[0] == '\uFEFF') {
                pos = 1;
                return pos < len || fill();
            }
        }
        return true;
    }

    private int peek() throws IOException {
        if (pos >= len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    /** Reads one record into {@link #cells}; returns EOF, RECORD, BLANK or BAD. */
    private int readRecord() throws IOException {
        cells.clear();
        if (pos >= len && !fill()) {
            return EOF;
        }
        recordLine = line;
        boolean quotedSeen = false;
        while (true) {
            if (peek() == '"') {
                pos++;
                quotedSeen = true;
                if (!readQuoted()) {
                    bad("comillas sin cerrar: el registro empieza en la línea " + recordLine + " y llega al final del archivo",
                            "unterminated quote: the record starts at line " + recordLine + " and runs to the end of the file");
                    return BAD;
                }
                int c = peek();
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == -1) {
                    return RECORD;
                }
                if (c == '\n' || c == '\r') {
                    endLine();
                    return RECORD;
                }
                bad("texto después de unas comillas de cierre (celda " + (cells.size()) + ")",
                        "text after a closing quote (cell " + (cells.size()) + ")");
                skipLine();
                return BAD;
            }
            // an unquoted cell: scan the buffer for the next delimiter
            text.setLength(0);
            while (true) {
                if (pos >= len && !fill()) {
                    String v = text.toString();
                    cells.add(v);
                    return cells.size() == 1 && !quotedSeen && v.isBlank() ? BLANK : RECORD;
                }
                int start = pos;
                char[] b = buf;
                int end = len;
                int i = pos;
                char ch = 0;
                while (i < end) {
                    ch = b[i];
                    if (ch == ',' || ch == '\n' || ch == '\r' || ch == '"') {
                        break;
                    }
                    i++;
                }
                pos = i;
                if (i >= end) {
                    text.append(b, start, i - start);
                    continue;
                }
                if (ch == '"') {
                    bad("comillas dentro de una celda sin comillas (celda " + (cells.size() + 1) + ")",
                            "a quote inside an unquoted cell (cell " + (cells.size() + 1) + ")");
                    skipLine();
                    return BAD;
                }
                String v = text.length() == 0 ? new String(b, start, i - start)
                        : text.append(b, start, i - start).toString();
                cells.add(v);
                if (ch == ',') {
                    pos++;
                    break;
                }
                endLine();
                return cells.size() == 1 && !quotedSeen && v.isBlank() ? BLANK : RECORD;
            }
        }
    }

    /** Reads a quoted cell after its opening quote; {@code false} when the file ends inside it. */
    private boolean readQuoted() throws IOException {
        text.setLength(0);
        while (true) {
            if (pos >= len && !fill()) {
                return false;
            }
            int start = pos;
            char[] b = buf;
            int end = len;
            int i = pos;
            char ch = 0;
            while (i < end) {
                ch = b[i];
                if (ch == '"' || ch == '\n' || ch == '\r') {
                    break;
                }
                i++;
            }
            text.append(b, start, i - start);
            pos = i;
            if (i >= end) {
                continue;
            }
            pos++;
            if (ch == '"') {
                if (peek() == '"') {
                    text.append('"');
                    pos++;
                    continue;
                }
                cells.add(text.toString());
                return true;
            }
            text.append(ch);
            if (ch == '\r' && peek() == '\n') {
                text.append('\n');
                pos++;
            }
            line++;
        }
    }

    /** Consumes the line end at {@code pos} (CRLF, LF or CR). */
    private void endLine() throws IOException {
        char ch = buf[pos++];
        if (ch == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    /** After a structural error: drops the rest of the physical line. */
    private void skipLine() throws IOException {
        while (true) {
            int c = peek();
            if (c == -1) {
                return;
            }
            if (c == '\n' || c == '\r') {
                endLine();
                return;
            }
            pos++;
        }
    }

    private void bad(String es, String en) {
        badEs = es;
        badEn = en;
    }
}
