package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.InvalidCaseException;

import java.io.IOException;
import java.util.ArrayList;

/**
 * A hand-written streaming RFC 4180 parser (UTF-8, BOM stripped, CRLF, LF or CR line ends, quoted
 * cells with {@code ""} and embedded newlines) turning each record into a case or a reject. A record
 * spanning several lines is numbered by its first line; the header is line 1.
 */
final class CsvRosterReader extends CountedRosterReader {

    private static final int EOF = 0;
    private static final int RECORD = 1;
    private static final int BLANK = 2;
    private static final int BAD = 3;

    private final String name;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private boolean started;

    /** Physical line (1-based) of the character at {@code pos}. */
    private long line = 1;
    private long recordLine;
    private String badEs;
    private String badEn;

    private final ArrayList<String> cells = new ArrayList<>(RosterColumn.values().length);
    private final StringBuilder text = new StringBuilder(128);
    private final int width;
    private final int idCell;
    private final CsvCaseMapper mapper;

    CsvRosterReader(CountingInputStream counted, String name, long size) throws IOException {
        super(counted, size);
        this.name = name;
        int[] index = readHeader();
        this.width = cells.size();
        this.idCell = index[RosterColumn.ID.ordinal()];
        this.mapper = new CsvCaseMapper(index);
    }

    /** Reads the header (after any blank lines): column → cell index, {@code -1} when absent. */
    private int[] readHeader() throws IOException {
        int kind;
        while ((kind = readRecord()) == BLANK) {
            blank++;
        }
        if (kind == EOF) {
            throw new RosterFileException(name, null, "el archivo está vacío: falta la cabecera",
                    "the file is empty: the header is missing");
        }
        if (kind == BAD) {
            throw new RosterFileException(name, null, "cabecera ilegible: " + badEs, "unreadable header: " + badEn);
        }
        int[] index = new int[RosterColumn.values().length];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).trim();
            RosterColumn column = RosterColumn.ofHeader(cell);
            if (column == null) {
                throw new RosterFileException(name, cell,
                        "columna desconocida «" + cell + "» en la cabecera (se admite: " + RosterColumn.allHeaders() + ")",
                        "unknown column «" + cell + "» in the header (allowed: " + RosterColumn.allHeaders() + ")");
            }
            if (index[column.ordinal()] >= 0) {
                throw new RosterFileException(name, column.header(),
                        "la columna «" + column.header() + "» aparece dos veces en la cabecera",
                        "the column «" + column.header() + "» appears twice in the header");
            }
            index[column.ordinal()] = i;
        }
        if (index[RosterColumn.ID.ordinal()] < 0) {
            throw new RosterFileException(name, "id", "falta la columna «id» en la cabecera",
                    "the header has no «id» column");
        }
        return index;
    }

    @Override
    public RosterRow next() throws IOException {
        while (true) {
            int kind = readRecord();
            switch (kind) {
                case EOF:
                    return null;
                case BLANK:
                    blank++;
                    continue;
                case BAD:
                    return RosterRow.rejected(new Reject(recordLine, "", "csv", badEs, badEn));
                default:
                    return record();
            }
        }
    }

    private RosterRow record() {
        if (cells.size() != width) {
            return RosterRow.rejected(new Reject(recordLine, "", "csv",
                    "la fila tiene " + cells.size() + " celdas y la cabecera " + width,
                    "the row has " + cells.size() + " cells and the header " + width));
        }
        String id = cells.get(idCell).trim();
        if (id.isEmpty()) {
            return RosterRow.rejected(new Reject(recordLine, "", "id",
                    "falta el identificador del caso", "the case has no id"));
        }
        RosterRow repeated = repeatedId(recordLine, id, "fila", "row");
        if (repeated != null) {
            return repeated;
        }
        try {
            CaseFile c = mapper.map(cells, id);
            return RosterRow.of(recordLine, c);
        } catch (InvalidCaseException e) {
            RosterColumn column = RosterColumn.ofJsonPath(e.field());
            String field = column != null ? column.header() : e.field();
            return RosterRow.rejected(new Reject(recordLine, id, field, e.es(), e.en()));
        }
    }

    // ---- the tokenizer --------------------------------------------------------------------------

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
