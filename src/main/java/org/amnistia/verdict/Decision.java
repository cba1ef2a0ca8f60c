package org.amnistia.verdict;

/** The three verdicts of case-format.md. */
public enum Decision {
    ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
}
