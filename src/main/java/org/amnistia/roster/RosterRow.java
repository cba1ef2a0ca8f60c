package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;

import java.util.List;

/**
 * One record of a roster: either a case ready to evaluate or a reject, never both. {@code row} is
 * the 1-based physical line where the record starts (a workbook's row number). {@code cells} are the
 * row as the sheet wrote it, kept only for the annotated sheet ({@link RosterSettings#keepCells()}),
 * else {@code null}: they may hold a name, so nothing else ever reads them.
 */
public record RosterRow(long row, CaseFile caseFile, Reject reject, List<String> cells) {

    public RosterRow {
        if ((caseFile == null) == (reject == null)) {
            throw new IllegalArgumentException("exactly one of caseFile and reject must be given");
        }
    }

    public static RosterRow of(long row, CaseFile caseFile) {
        return new RosterRow(row, caseFile, null, null);
    }

    public static RosterRow rejected(Reject reject) {
        return new RosterRow(reject.row(), null, reject, null);
    }

    /** The same record with the row's cells as written. */
    public RosterRow withCells(List<String> cells) {
        return new RosterRow(row, caseFile, reject, cells);
    }

    public boolean isReject() {
        return reject != null;
    }
}
