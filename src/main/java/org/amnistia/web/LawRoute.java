package org.amnistia.web;

import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Reading;
import org.amnistia.law.LawVersions;

import java.io.IOException;
import java.util.List;

/** {@code GET /api/law?law=L}: the {@code law --json} document; {@code GET /api/versions}: the versions to pick. */
final class LawRoute implements Route {

    @Override
    public void handle(Call call) throws IOException {
        call.sendJson(200, LawJson.of(LawChoice.encoded(call), List.of(Reading.values())));
    }

    static void versions(Call call) throws IOException {
        var root = CaseJson.mapper().createObjectNode();
        root.put("default", LawVersions.DEFAULT);
        LawVersions.available().forEach(root.putArray("versions")::add);
        call.sendJson(200, root);
    }
}
