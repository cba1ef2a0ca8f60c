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
 * One case per line, read strictly by {@link CaseJson#fromTree} (an unknown field is a reject naming
 * its path). A line that is not JSON, or not an object, is a reject with field {@code json}.
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
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote a token of the line (a name): give only the column.
            int column = e.getLocation() != null ? e.getLocation().getColumnNr() : -1;
            String at = column > 0 ? " (columna " + column + ")" : "";
            String atEn = column > 0 ? " (column " + column + ")" : "";
            return RosterRow.rejected(new Reject(line, "", "json",
                    "la línea no es JSON válido" + at, "the line is not valid JSON" + atEn));
        }
        if (node == null || !node.isObject()) {
            return RosterRow.rejected(new Reject(line, "", "json",
                    "la línea no es un objeto JSON", "the line is not a JSON object"));
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
}
