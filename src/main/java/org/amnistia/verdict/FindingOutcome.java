package org.amnistia.verdict;

/** How a finding came out (case-format.md, {@code findings[].outcome}). */
public enum FindingOutcome {
    COVERS, NOT_COVERED, EXCLUDES, REQUIRES, FAVOURS, NOTE
}
