package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.verdict.FactsText;
import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.time.LocalDate;

/**
 * {@code POST /api/check?law=L&reading=R}: one case (docs/spec/formato-caso.md) in, its verdict out,
 * with the facts it rests on restated under {@code facts} ({@link FactsText}) for the memo.
 */
final class CheckRoute implements Route {

    /** A case is a few hundred bytes; a megabyte is far beyond any real one. */
    static final long MAX_BODY = 1024 * 1024;

    @Override
    public void handle(Call call) throws IOException {
        var engine = LawChoice.engine(call);
        var reading = LawChoice.reading(call);
        String json = CaseJson.utf8(call.body(MAX_BODY)); // invalid UTF-8: a 400 naming the byte
        if (json.isBlank()) {
            throw ApiException.badRequest("", "el cuerpo está vacío: se espera un caso en JSON (docs/spec/formato-caso.md)",
                    "the body is empty: a case in JSON is expected (docs/spec/formato-caso.md)");
        }
        CaseFile file = CaseJson.parse(json);
        Verdict verdict = engine.evaluate(file, reading);
        ObjectNode answer = CaseJson.mapper().valueToTree(verdict);
        answer.set("facts", facts(file, engine.runDate()));
        call.sendJson(200, answer);
    }

    /** {@code [{"label_es", "es", "label_en", "en"}]}, one entry per restated fact. */
    private static ArrayNode facts(CaseFile file, LocalDate evaluatedOn) {
        var es = FactsText.of(file, evaluatedOn, "es");
        var en = FactsText.of(file, evaluatedOn, "en");
        ArrayNode facts = CaseJson.mapper().createArrayNode();
        for (int i = 0; i < es.size(); i++) {
            facts.addObject().put("label_es", es.get(i).label()).put("es", es.get(i).value())
                    .put("label_en", en.get(i).label()).put("en", en.get(i).value());
        }
        return facts;
    }
}
