package org.amnistia.engine.facts;

/** The kinds of condition an Art. 8 numeral may have (docs/spec/semantica.md §2.3). */
public enum ConditionKind {
    /** The conduct range against the numeral's window (D14 when partial). */
    DATE,
    /** BY EVENT numerals: the case states the conduct is linked to the event. */
    LINK,
    /** 8.8 under the strict reading of D03: the person acted for the National Assembly. */
    MANDATE
}
