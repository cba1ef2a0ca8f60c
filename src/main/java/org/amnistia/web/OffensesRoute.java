package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCatalog;

import java.io.IOException;

/**
 * {@code GET /api/offenses}: every catalogue code with its Spanish and English names, its aliases
 * and its statute (with the confidence grade), for suggestions. {@code GET /api/offenses?q=TEXT}:
 * how that charge text is recognised, or the closest codes ({@link OffenseJson#explanation}), as
 * {@code amnistia delitos TEXT --json} prints it.
 */
final class OffensesRoute implements Route {

    private final ArrayNode offenses = CaseJson.mapper().createArrayNode();

    OffensesRoute() {
        for (Offense o : OffenseCatalog.standard().all()) {
            var entry = OffenseJson.offense(offenses.addObject(), o);
            o.aliases().forEach(entry.putArray("aliases")::add);
        }
    }

    @Override
    public void handle(Call call) throws IOException {
        String text = call.param("q");
        call.sendJson(200, text == null ? offenses : OffenseJson.explanation(call.catalog().explain(text)));
    }
}
