package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.roster.ColumnMap;
import org.amnistia.roster.ColumnProposal;
import org.amnistia.roster.RosterFileException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

/**
 * {@code POST /api/roster/columns?name=FILE&sheet=HOJA}: the NGO's sheet (CSV or XLSX, at most
 * 10 MiB) in, the column map {@code amnistia columnas} would propose out:
 * {@code {"format", "columns": [{letter, header, field, es, en}], "doubts": [{es, en}], "dateOrder",
 * "rowsRead", "yaml"}}. A JSONL roster names the case's own fields and needs no map:
 * {@code {"format": "jsonl", "columns": [], "doubts": [], "yaml": ""}}. Nothing is kept.
 */
final class RosterColumnsRoute implements Route {

    private static final int ROWS = 500;

    @Override
    public void handle(Call call) throws IOException {
        RosterUpload upload = new RosterUpload(call.param("name") == null ? "" : call.param("name"),
                call.body(BatchRoute.MAX_BODY));
        ObjectNode reply = CaseJson.mapper().createObjectNode();
        reply.put("format", upload.kind().name().toLowerCase(Locale.ROOT));
        ArrayNode columns = reply.putArray("columns");
        ArrayNode doubts = reply.putArray("doubts");
        if (upload.kind() == RosterUpload.Kind.JSONL) {
            reply.put("yaml", "");
            call.sendJson(200, reply);
            return;
        }
        ColumnProposal proposal;
        try {
            proposal = ColumnProposal.of(new ByteArrayInputStream(upload.bytes()), upload.kind() == RosterUpload.Kind.XLSX,
                    upload.name(), ColumnMap.NONE.withSheet(call.param("sheet")), call.catalog(), ROWS);
        } catch (RosterFileException e) {
            throw ApiException.badRequest("file", e.es(), e.en());
        }
        for (ColumnProposal.Column c : proposal.columns()) {
            ObjectNode column = columns.addObject().put("letter", c.letter()).put("header", c.header())
                    .put("es", c.es()).put("en", c.en());
            column.put("field", c.field() == null ? null : c.field().header());
        }
        for (ColumnProposal.Doubt d : proposal.doubts()) {
            doubts.addObject().put("es", d.es()).put("en", d.en());
        }
        reply.put("dateOrder", proposal.order().code());
        reply.put("rowsRead", proposal.rowsRead());
        StringWriter yaml = new StringWriter();
        proposal.write(yaml);
        reply.put("yaml", yaml.toString());
        call.sendJson(200, reply);
    }
}
