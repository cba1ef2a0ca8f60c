package org.amnistia.roster;

import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.util.List;

/**
 * The one-line reason of a verdict (docs/spec/linea-de-ordenes.md, verdict CSV {@code reason_es}, {@code reason_en}):
 * NOT_ELIGIBLE — the first NOT_COVERED or EXCLUDES finding; ELIGIBLE — the first COVERS finding of an
 * Art. 8 numeral (an article with a '.', e.g. {@code 8.12}); UNDETERMINED — the missing questions
 * joined with {@code " / "}. Empty when the verdict carries no such finding.
 */
public record VerdictReason(String es, String en) {

    private static final VerdictReason NONE = new VerdictReason("", "");

    public static VerdictReason of(Verdict v) {
        if (v.verdict() == null) {
            return NONE;
        }
        switch (v.verdict()) {
            case NOT_ELIGIBLE:
                return finding(v.findings(), false);
            case ELIGIBLE:
                return finding(v.findings(), true);
            default:
                return missing(v.missing());
        }
    }

    private static VerdictReason finding(List<Verdict.Finding> findings, boolean covering) {
        if (findings == null) {
            return NONE;
        }
        for (Verdict.Finding f : findings) {
            boolean decides = covering
                    ? f.outcome() == FindingOutcome.COVERS && f.article() != null && f.article().indexOf('.') >= 0
                    : f.outcome() == FindingOutcome.NOT_COVERED || f.outcome() == FindingOutcome.EXCLUDES;
            if (decides) {
                return new VerdictReason(nz(f.es()), nz(f.en()));
            }
        }
        return NONE;
    }

    private static VerdictReason missing(List<Verdict.Missing> missing) {
        if (missing == null || missing.isEmpty()) {
            return NONE;
        }
        StringBuilder es = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Verdict.Missing m : missing) {
            if (es.length() > 0) {
                es.append(" / ");
                en.append(" / ");
            }
            es.append(nz(m.es()));
            en.append(nz(m.en()));
        }
        return new VerdictReason(es.toString(), en.toString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
