package org.amnistia.roster;

/**
 * The engine failed on a chunk of the roster (or answered it wrongly: too few verdicts, or out of
 * order). The run stops rather than lose rows; the command exits with code 1. The message names the
 * rows (physical lines) of the chunk, never a person.
 */
public class RosterEvaluationException extends RuntimeException {

    private final long firstRow;
    private final long lastRow;

    public RosterEvaluationException(long firstRow, long lastRow, String problem, Throwable cause) {
        super("evaluation failed for the rows at lines " + firstRow + "–" + lastRow + ": " + problem, cause);
        this.firstRow = firstRow;
        this.lastRow = lastRow;
    }

    public long firstRow() {
        return firstRow;
    }

    public long lastRow() {
        return lastRow;
    }
}
