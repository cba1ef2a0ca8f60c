package org.amnistia.verdict;

/** The three verdicts of docs/spec/formato-caso.md. */
public enum Decision {
    ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
}
