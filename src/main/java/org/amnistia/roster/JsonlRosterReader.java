package org.amnistia.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.InvalidCaseException;

import java.io.IOException;

/**
 * One case per line, read strictly by {@link CaseJson#readLine} and {@link CaseJson#fromTree} (an
 * unknown field is a reject naming its path). A line that is not JSON, or not an object, is a reject
 * with field {@code json} whose reason gives the column and what is wrong; a key written twice in one
 * object is a reject naming the key's path, and the other lines are read as usual. A line holding a
 * byte the encoding cannot read, or a NUL, is a reject naming the byte; a line longer than
 * {@value #MAX_LINE} characters is a reject, and reading goes on at the next line.
 */
final class JsonlRosterReader extends CountedRosterReader {

    private static final ObjectMapper MAPPER = CaseJson.mapper();

    /** The longest line read, in characters (1 MiB). */
    static final int MAX_LINE = 1 << 20;

    private final int maxLine;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    /** Characters read before {@code buf[0]}. */
    private long charsBefore;
    private final StringBuilder lineText = new StringBuilder(256);
    private boolean tooLong;
    private long line;

    JsonlRosterReader(CountingInputStream counted, long size) throws IOException {
        this(counted, size, null, MAX_LINE);
    }

    /** {@code encoding}: the one forced, or {@code null} to tell it from the bytes; {@code maxLine}: the longest line, in characters. */
    JsonlRosterReader(CountingInputStream counted, long size, RosterEncoding encoding, int maxLine) throws IOException {
        super(counted, size, encoding);
        this.maxLine = maxLine;
    }

    @Override
    public RosterRow next() throws IOException {
        while (true) {
            long start = charsBefore + pos;
            if (!readLine()) {
                return null;
            }
            line++;
            RosterDecoder.Flaw flaw = input.flawIn(start, charsBefore + pos);
            if (tooLong) {
                String limit = maxLine == MAX_LINE ? "1 MiB" : String.valueOf(maxLine);
                return RosterRow.rejected(new Reject(line, "", "json",
                        "la línea supera " + limit + " caracteres: no se lee; la lectura sigue en la línea siguiente",
                        "the line is longer than " + limit + " characters: it is not read; reading goes on at the next line"));
            }
            if (flaw != null) {
                return RosterRow.rejected(new Reject(line, "", flaw.nul() ? "json" : "encoding",
                        flaw.es(input.encoding()), flaw.en(input.encoding())));
            }
            String text = lineText.toString();
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                blank++;
                continue;
            }
            return parse(text);
        }
    }

    /**
     * Reads the next physical line (ended by LF, CR or CRLF, or by the end) into {@link #lineText},
     * keeping at most {@link #maxLine} characters ({@link #tooLong} past them); {@code false} at the end.
     */
    private boolean readLine() throws IOException {
        lineText.setLength(0);
        if (tooLong && lineText.capacity() > 4096) {
            lineText.trimToSize();
        }
        tooLong = false;
        if (pos >= len && !fill()) {
            return false;
        }
        while (true) {
            if (pos >= len && !fill()) {
                return true;
            }
            int i = pos;
            char[] b = buf;
            int end = len;
            while (i < end && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            if (!tooLong) {
                if (lineText.length() + (i - pos) > maxLine) {
                    tooLong = true;
                    lineText.setLength(0);
                } else {
                    lineText.append(b, pos, i - pos);
                }
            }
            pos = i;
            if (i < end) {
                char ch = b[pos++];
                if (ch == '\r' && (pos < len || fill()) && buf[pos] == '\n') {
                    pos++;
                }
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        charsBefore += len;
        int n = input.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }

    private RosterRow parse(String text) {
        JsonNode node;
        try {
            node = CaseJson.readLine(text);
        } catch (InvalidCaseException e) {
            // The reason gives the column and what is wrong, never the line's content (it may hold a name).
            if (e.field().isEmpty()) {
                return RosterRow.rejected(new Reject(line, "", "json", e.es(), e.en()));
            }
            return RosterRow.rejected(new Reject(line, readableId(text, e.field()), e.field(), e.es(), e.en()));
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.textValue() : "";
        RosterRow repeated = id.isBlank() ? null : repeatedId(line, id, "línea", "line");
        if (repeated != null) {
            return repeated;
        }
        try {
            CaseFile c = CaseJson.fromTree(node);
            return RosterRow.of(line, c);
        } catch (InvalidCaseException e) {
            String field = e.field() == null || e.field().isEmpty() ? "json" : e.field();
            return RosterRow.rejected(new Reject(line, id, field, e.es(), e.en()));
        }
    }

    /**
     * The case id of a well-formed line refused for a key written twice ({@code repeated}), so the
     * reject can name the case; empty when the repeated key is the id itself or no id can be read.
     */
    private static String readableId(String text, String repeated) {
        if (repeated.equals("id")) {
            return "";
        }
        try {
            JsonNode id = MAPPER.readTree(text).get("id");
            return id != null && id.isTextual() ? id.textValue() : "";
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
