package org.amnistia.cli;

/** Exit codes of every command (docs/spec/formato-caso.md). */
public final class ExitCodes {

    /** Evaluated, whatever the verdicts. */
    public static final int OK = 0;
    /** An internal error. */
    public static final int INTERNAL = 1;
    /** Bad usage or unreadable input; the message names file, row/line and field. */
    public static final int BAD_INPUT = 2;
    /**
     * A file could not be read or written: a missing folder, a permission refused, a full disk.
     * The message names the file and the operation.
     */
    public static final int IO_ERROR = 3;

    private ExitCodes() {
    }
}
