package org.amnistia.engine.facts;

/** The checks of docs/spec/semantica.md §2, plus guidance and notes that decide nothing. */
public enum Check {
    /** Art. 6: temporal scope. */
    SCOPE,
    /** Political motive (cited as Art. 8). */
    MOTIVE,
    /** Art. 8: some numeral covers the conduct. */
    COVERAGE,
    /** Art. 9: no charge is excluded. */
    EXCLUSION,
    /** Art. 7: personal scope. */
    PERSONAL,
    /** Art. 4 and the procedure: who must act, and how. */
    GUIDANCE,
    /** A note that decides nothing (a reading taken, an input that was ignored). */
    NOTE
}
