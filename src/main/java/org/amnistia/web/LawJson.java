package org.amnistia.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Reading;
import org.amnistia.law.EncodedLaw;
import org.amnistia.verdict.Messages;

import java.util.List;

/**
 * The {@code law --json} document, shared by the command line and {@code GET /api/law}: the
 * encoded law, its coverage figures per reading, and the one-line description of every doubt some
 * rule of the version reads (a doubt a proposal removes is not listed).
 */
public final class LawJson {

    private LawJson() {
    }

    public static ObjectNode of(EncodedLaw encoded, List<Reading> readings) {
        ObjectNode root = CaseJson.mapper().valueToTree(encoded);
        ObjectNode figures = root.putObject("figures");
        for (Reading r : readings) {
            figures.set(r.id(), CaseJson.mapper().valueToTree(encoded.figures(r == Reading.STRICT)));
        }
        ObjectNode doubts = root.putObject("doubts");
        for (String id : encoded.doubtsRead()) {
            doubts.putObject(id).put("es", Messages.ui("es").format("duda." + id)).put("en", Messages.ui("en").format("duda." + id));
        }
        return root;
    }
}
