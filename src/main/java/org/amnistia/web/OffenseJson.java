package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.offense.Explanation;
import org.amnistia.offense.Offense;
import org.amnistia.offense.Recognition;

/** Catalogue codes and recognitions as JSON, the same for {@code amnistia delitos --json} and the API. */
public final class OffenseJson {

    private OffenseJson() {
    }

    /** Fills {@code o} with the code, both names, the statute and the Art. 9 category. */
    public static ObjectNode offense(ObjectNode o, Offense offense) {
        return o.put("code", offense.code()).put("name", offense.name()).put("nameEn", offense.nameEn())
                .put("statute", offense.statute()).put("category", offense.category().name());
    }

    /**
     * {@code {"text", "reduced", "canonical", "status", "attempt", "offense"?, "candidates", "closest"}}:
     * how a text is recognised, with the codes it names or, when it names none, the closest ones.
     */
    public static ObjectNode explanation(Explanation e) {
        Recognition r = e.recognition();
        ObjectNode o = CaseJson.mapper().createObjectNode();
        o.put("text", e.text()).put("reduced", e.reduced()).put("canonical", String.join(" ", e.canonical()));
        o.put("status", r.status().name()).put("attempt", r.attempt());
        if (r.recognised()) {
            offense(o.putObject("offense"), r.offense());
        }
        r.candidateCodes().forEach(o.putArray("candidates")::add);
        ArrayNode closest = o.putArray("closest");
        r.closest().forEach(c -> offense(closest.addObject(), c));
        return o;
    }
}
