package org.amnistia.roster;

/** A column map that cannot be used as written: the message names the file and the line. */
public final class ColumnMapException extends RuntimeException {

    private final String es;
    private final String en;

    public ColumnMapException(String es, String en) {
        super(en);
        this.es = es;
        this.en = en;
    }

    /** The message in {@code "es"} or {@code "en"}. */
    public String message(String lang) {
        return "en".equals(lang) ? en : es;
    }
}
