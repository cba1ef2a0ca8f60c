package org.amnistia.web;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code POST /api/check?law=L&reading=R}: one case (docs/spec/formato-caso.md) in, its verdict out. */
final class CheckRoute implements Route {

    /** A case is a few hundred bytes; a megabyte is far beyond any real one. */
    static final long MAX_BODY = 1024 * 1024;

    @Override
    public void handle(Call call) throws IOException {
        var engine = LawChoice.engine(call);
        var reading = LawChoice.reading(call);
        String json = new String(call.body(MAX_BODY), StandardCharsets.UTF_8);
        if (json.isBlank()) {
            throw ApiException.badRequest("", "el cuerpo está vacío: se espera un caso en JSON (docs/spec/formato-caso.md)",
                    "the body is empty: a case in JSON is expected (docs/spec/formato-caso.md)");
        }
        CaseFile file = CaseJson.parse(json);
        Verdict verdict = engine.evaluate(file, reading);
        call.sendJson(200, CaseJson.mapper().valueToTree(verdict));
    }
}
