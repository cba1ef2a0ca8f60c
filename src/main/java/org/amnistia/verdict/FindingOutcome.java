package org.amnistia.verdict;

/** How a finding came out (docs/spec/formato-caso.md, {@code findings[].outcome}). */
public enum FindingOutcome {
    COVERS, NOT_COVERED, EXCLUDES, REQUIRES, FAVOURS, NOTE
}
