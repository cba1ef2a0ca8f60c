package org.amnistia.engine.facts;

/**
 * How the conduct range meets a date window (ley-2026.md, Art. 8 "Rules common to both modes";
 * docs/spec/semantica.md §2.3). The partial cases are doubt D14, decided in the rules of Art. 5.
 */
public enum Overlap {
    /** No day in common. */
    OUTSIDE,
    /** The whole conduct range lies inside the window (both ends included). */
    INSIDE,
    /** Overlaps without lying inside, and both ends are exact days. */
    PARTIAL_DAYS,
    /** Overlaps; an end is a month or a year, and exact days within it could lie wholly inside. */
    PARTIAL_MAYBE,
    /** Overlaps; an end is a month or a year, and no exact days within it could lie wholly inside. */
    PARTIAL_NEVER;

    public boolean partial() {
        return this == PARTIAL_DAYS || this == PARTIAL_MAYBE || this == PARTIAL_NEVER;
    }
}
