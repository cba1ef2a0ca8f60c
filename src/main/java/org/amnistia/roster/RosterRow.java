package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;

/**
 * One record of a roster: either a case ready to evaluate or a reject, never both. {@code row} is
 * the 1-based physical line where the record starts.
 */
public record RosterRow(long row, CaseFile caseFile, Reject reject) {

    public RosterRow {
        if ((caseFile == null) == (reject == null)) {
            throw new IllegalArgumentException("exactly one of caseFile and reject must be given");
        }
    }

    public static RosterRow of(long row, CaseFile caseFile) {
        return new RosterRow(row, caseFile, null);
    }

    public static RosterRow rejected(Reject reject) {
        return new RosterRow(reject.row(), null, reject);
    }

    public boolean isReject() {
        return reject != null;
    }
}
