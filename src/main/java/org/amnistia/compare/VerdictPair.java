package org.amnistia.compare;

import org.amnistia.casefile.CaseFile;
import org.amnistia.verdict.Verdict;

/** One case evaluated twice: under side A and under side B. */
public record VerdictPair(CaseFile caseFile, Verdict a, Verdict b) {

    public String caseId() {
        return caseFile.id();
    }
}
