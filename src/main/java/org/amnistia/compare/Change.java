package org.amnistia.compare;

import org.amnistia.verdict.Decision;

import java.util.Locale;

/** How a verdict moves from side A to side B (docs/spec/linea-de-ordenes.md, compare rows). */
public enum Change {
    /** B is ELIGIBLE and A was not. */
    GAINS,
    /** A was ELIGIBLE and B is not. */
    LOSES,
    /** Any other change (between NOT_ELIGIBLE and UNDETERMINED). */
    CHANGES,
    UNCHANGED;

    public static Change of(Decision a, Decision b) {
        if (a == b) {
            return UNCHANGED;
        }
        if (b == Decision.ELIGIBLE) {
            return GAINS;
        }
        return a == Decision.ELIGIBLE ? LOSES : CHANGES;
    }

    /** As written in compare rows: {@code gains}, {@code loses}, {@code changes}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
