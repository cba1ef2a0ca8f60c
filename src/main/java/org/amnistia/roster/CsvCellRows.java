package org.amnistia.roster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written streaming RFC 4180 parser (the text as {@link RosterDecoder} reads it: UTF-8,
 * UTF-16 or Windows-1252, the byte-order mark stripped; CRLF, LF or CR line ends, quoted cells with
 * {@code ""} and embedded newlines). A record spanning several lines is numbered by its first line;
 * the header is line 1. A malformed record (an unterminated quote, a quote inside an unquoted cell,
 * text after a closing quote) is {@code BAD} and the rest of its physical line is dropped. A record
 * holding a byte the encoding cannot read, or a NUL, is {@code BAD} naming the byte (never read with
 * a replacement character); one longer than {@value #MAX_RECORD} characters is {@code BAD} and
 * reading resumes at the next line.
 */
final class CsvCellRows implements CellRows {

    private static final int EOF = 0;
    private static final int RECORD = 1;
    private static final int BLANK = 2;
    private static final int BAD = 3;

    /** The longest record read, in characters (1 MiB); a longer one is a reject and is skipped to its line's end. */
    static final int MAX_RECORD = 1 << 20;

    /** Thrown inside a record when it grows past its limit; caught in {@link #readRecord}. */
    private static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    private static final TooLong TOO_LONG = new TooLong();

    private final CountingInputStream counted;
    private final long size;
    private final RosterDecoder input;
    private final int maxRecord;
    private final char[] buf = new char[RosterReader.BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private boolean started;
    private long blank;
    /** Characters read before {@code buf[0]}; {@code charsBefore + pos} is the place in the text. */
    private long charsBefore;
    private long recordStart;
    private boolean inRecord;

    /** Physical line (1-based) of the character at {@code pos}. */
    private long line = 1;
    private long recordLine;
    private String badEs;
    private String badEn;
    private String badField = "csv";

    private final ArrayList<String> cells = new ArrayList<>(RosterColumn.values().length);
    private final StringBuilder text = new StringBuilder(128);

    CsvCellRows(CountingInputStream counted, long size) throws IOException {
        this(counted, size, null, MAX_RECORD);
    }

    /** {@code encoding}: the one forced, or {@code null} to tell it from the bytes; {@code maxRecord}: the longest record, in characters. */
    CsvCellRows(CountingInputStream counted, long size, RosterEncoding encoding, int maxRecord) throws IOException {
        this.counted = counted;
        this.size = size;
        this.input = new RosterDecoder(counted, encoding);
        this.maxRecord = maxRecord;
    }

    /** The encoding the file is read in. */
    RosterEncoding encoding() {
        return input.encoding();
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
    public String badField() {
        return badField;
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
        charsBefore += len;
        if (inRecord && charsBefore - recordStart > maxRecord) {
            pos = len = 0;
            throw TOO_LONG;
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
        recordStart = charsBefore + pos;
        inRecord = true;
        int found;
        try {
            found = readCells();
        } catch (TooLong e) {
            inRecord = false;
            cells.clear();
            text.setLength(0);
            if (text.capacity() > 4096) {
                text.trimToSize();
            }
            skipLine();
            String limit = maxRecord == MAX_RECORD ? "1 MiB" : String.valueOf(maxRecord);
            bad("el registro supera " + limit + " caracteres: no se lee; la lectura sigue en la línea siguiente",
                    "the record is longer than " + limit + " characters: it is not read; reading goes on at the next line");
            found = BAD;
        } finally {
            inRecord = false;
        }
        RosterDecoder.Flaw flaw = input.flawIn(recordStart, charsBefore + pos);
        if (flaw != null && found != BAD) {
            bad(flaw.es(input.encoding()), flaw.en(input.encoding()));
            badField = flaw.nul() ? "csv" : "encoding";
            return BAD;
        }
        return found;
    }

    /** Reads the cells of one record, its first line at {@code pos}. */
    private int readCells() throws IOException {
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
        badField = "csv";
        badEs = es;
        badEn = en;
    }
}
