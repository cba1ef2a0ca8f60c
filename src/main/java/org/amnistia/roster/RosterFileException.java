package org.amnistia.roster;

import java.io.IOException;

/**
 * The roster file as a whole cannot be read (unknown, duplicate or missing header column, no header,
 * unknown extension): the command stops with exit code 2. Names the file and, when there is one, the
 * column; never quotes a data row.
 */
public class RosterFileException extends IOException {

    private final String file;
    private final String column;
    private final String es;
    private final String en;

    public RosterFileException(String file, String column, String es, String en) {
        super(file + ": " + en);
        this.file = file;
        this.column = column;
        this.es = es;
        this.en = en;
    }

    /** The file as the user named it ({@code -} for standard input). */
    public String file() {
        return file;
    }

    /** The header column at fault, or {@code null}. */
    public String column() {
        return column;
    }

    public String es() {
        return es;
    }

    public String en() {
        return en;
    }

    /** {@code "file: reason"} in the given language ({@code "es"} or {@code "en"}). */
    public String message(String lang) {
        return file + ": " + ("en".equals(lang) ? en : es);
    }
}
