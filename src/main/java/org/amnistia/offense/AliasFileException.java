package org.amnistia.offense;

/** An NGO alias file that cannot be used, with the file, the line and the fix, in Spanish and English. */
public final class AliasFileException extends RuntimeException {

    private final String es;
    private final String en;

    AliasFileException(String es, String en) {
        super(es + " | " + en);
        this.es = es;
        this.en = en;
    }

    public String message(String lang) {
        return "en".equals(lang) ? en : es;
    }
}
