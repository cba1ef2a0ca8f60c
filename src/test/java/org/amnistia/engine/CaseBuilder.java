package org.amnistia.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;

/**
 * Builds test cases in the case-file shape, starting from a person whose conduct is politically
 * motivated, has ceased and who is at the court's disposal: each test changes only its point.
 */
final class CaseBuilder {

    private final ObjectNode root = CaseJson.mapper().createObjectNode();
    private final ObjectNode conduct = root.putObject("conduct");
    private final ArrayNode charges = CaseJson.mapper().createArrayNode();
    private boolean chargesKnown = true;

    private CaseBuilder(String from) {
        root.put("id", "prueba");
        if (from != null) {
            conduct.put("from", from);
        }
        conduct.put("political", true).put("ceased", true);
        root.putObject("proceeding").put("stage", "CONTROL").put("aDerecho", true);
        root.putObject("person").put("location", "VENEZUELA");
    }

    static CaseBuilder conductOn(String from) {
        return new CaseBuilder(from);
    }

    static CaseBuilder withoutDate() {
        return new CaseBuilder(null);
    }

    CaseBuilder to(String to) {
        conduct.put("to", to);
        return this;
    }

    CaseBuilder event(String numeral) {
        conduct.put("event", numeral);
        return this;
    }

    CaseBuilder mandate(Boolean acted) {
        return set(conduct, "assemblyMandate", acted);
    }

    CaseBuilder political(Boolean political) {
        return set(conduct, "political", political);
    }

    CaseBuilder ceased(Boolean ceased) {
        return set(conduct, "ceased", ceased);
    }

    CaseBuilder charge(String offense) {
        charges.addObject().put("offense", offense);
        return this;
    }

    CaseBuilder attempt(String offense) {
        charges.addObject().put("offense", offense).put("attempt", true);
        return this;
    }

    CaseBuilder charge(String offense, double minPenaltyYears) {
        charges.addObject().put("offense", offense).put("minPenaltyYears", minPenaltyYears);
        return this;
    }

    CaseBuilder chargesUnknown() {
        chargesKnown = false;
        return this;
    }

    CaseBuilder abroad() {
        ((ObjectNode) root.get("person")).put("location", "ABROAD");
        return this;
    }

    CaseBuilder notAtCourtsDisposal() {
        ((ObjectNode) root.get("proceeding")).put("aDerecho", false);
        return this;
    }

    CaseBuilder detained() {
        ((ObjectNode) root.get("person")).put("detained", true);
        return this;
    }

    CaseBuilder requestFiled(String day, String asOf) {
        root.putObject("request").put("filedOn", day).put("by", "DEFENSE");
        root.put("asOf", asOf);
        return this;
    }

    CaseFile build() {
        if (chargesKnown) {
            root.set("charges", charges);
        }
        return CaseJson.fromTree(root);
    }

    private CaseBuilder set(ObjectNode node, String field, Boolean value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, value);
        }
        return this;
    }
}
