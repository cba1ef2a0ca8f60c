package org.amnistia.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.InvalidCaseException;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * One case per line, read strictly by {@link CaseJson#readLine} and {@link CaseJson#fromTree} (an
 * unknown field is a reject naming its path). A line that is not JSON, or not an object, is a reject
 * with field {@code json} whose reason gives the column and what is wrong; a key written twice in one
 * object is a reject naming the key's path, and the other lines are read as usual.
 */
final class JsonlRosterReader extends CountedRosterReader {

    private static final ObjectMapper MAPPER = CaseJson.mapper();

    private final BufferedReader in;
    private long line;

    JsonlRosterReader(CountingInputStream counted, long size) {
        super(counted, size);
        this.in = new BufferedReader(input, BUFFER);
    }

    @Override
    public RosterRow next() throws IOException {
        while (true) {
            String text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
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
