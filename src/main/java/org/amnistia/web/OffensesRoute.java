package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCatalog;

import java.io.IOException;

/** {@code GET /api/offenses}: every catalogue code with its Spanish name and aliases, for suggestions. */
final class OffensesRoute implements Route {

    private final ArrayNode offenses = CaseJson.mapper().createArrayNode();

    OffensesRoute() {
        for (Offense o : OffenseCatalog.standard().all()) {
            var entry = offenses.addObject().put("code", o.code()).put("name", o.name());
            o.aliases().forEach(entry.putArray("aliases")::add);
        }
    }

    @Override
    public void handle(Call call) throws IOException {
        call.sendJson(200, offenses);
    }
}
