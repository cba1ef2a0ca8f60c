package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.roster.Reject;
import org.amnistia.roster.RosterFileException;
import org.amnistia.roster.RosterFormat;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;
import org.amnistia.verdict.Verdict;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code POST /api/batch?law=L&reading=R}: a roster (CSV or JSONL, read by the roster readers) in,
 * one JSON line per record out, in input order: the verdict, or for a row that cannot be evaluated
 * {@code {"row":N,"id":…,"error":{"field":…,"es":…,"en":…}}} (rows = verdicts + rejects). A roster
 * that cannot be read at all (e.g. an unknown column) is a 400 before any line is written.
 */
final class BatchRoute implements Route {

    static final long MAX_BODY = 10L * 1024 * 1024;

    private static final int CHUNK = 500;

    @Override
    public void handle(Call call) throws IOException {
        var engine = LawChoice.engine(call);
        var reading = LawChoice.reading(call);
        byte[] body = call.body(MAX_BODY);
        RosterFormat format = format(call.contentType(), body);
        try (RosterReader reader = open(body, format); ChunkEvaluator evaluator = engine.evaluator(reading)) {
            try (OutputStream out = new BufferedOutputStream(call.stream("application/x-ndjson; charset=utf-8"), 64 * 1024)) {
                List<RosterRow> chunk = new ArrayList<>(CHUNK);
                for (RosterRow row = reader.next(); row != null; row = reader.next()) {
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        write(chunk, evaluator, out);
                    }
                }
                write(chunk, evaluator, out);
            }
        }
    }

    /** Opens the roster; a file-level error (header) is a 400 naming the column. */
    private static RosterReader open(byte[] body, RosterFormat format) throws IOException {
        try {
            return RosterReader.open(new ByteArrayInputStream(body), format, "body", body.length);
        } catch (RosterFileException e) {
            throw ApiException.badRequest(e.column(), e.es(), e.en());
        }
    }

    /** Evaluates the chunk's cases and writes every record of it in order, then empties it. */
    private static void write(List<RosterRow> chunk, ChunkEvaluator evaluator, OutputStream out) throws IOException {
        List<CaseFile> cases = chunk.stream().filter(r -> !r.isReject()).map(RosterRow::caseFile).toList();
        Iterator<Verdict> verdicts = evaluator.evaluate(cases).iterator();
        for (RosterRow row : chunk) {
            out.write(CaseJson.mapper().writeValueAsBytes(row.isReject() ? reject(row.reject()) : verdicts.next()));
            out.write('\n');
        }
        chunk.clear();
    }

    private static ObjectNode reject(Reject reject) {
        ObjectNode line = CaseJson.mapper().createObjectNode().put("row", reject.row()).put("id", reject.id());
        line.putObject("error").put("field", reject.field()).put("es", reject.es()).put("en", reject.en());
        return line;
    }

    /** By Content-Type, else by the first character: a JSON object starts a JSONL roster. */
    private static RosterFormat format(String contentType, byte[] body) {
        switch (contentType) {
            case "text/csv":
                return RosterFormat.CSV;
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
                return RosterFormat.JSONL;
            default:
                for (byte b : body) {
                    if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                        return b == '{' ? RosterFormat.JSONL : RosterFormat.CSV;
                    }
                }
                return RosterFormat.JSONL;
        }
    }
}
