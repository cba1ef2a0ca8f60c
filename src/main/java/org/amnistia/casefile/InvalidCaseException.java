package org.amnistia.casefile;

/**
 * A case that cannot be evaluated as written: names the field path (e.g. {@code conduct.to})
 * and says what is wrong, in Spanish and English. Never carries the person's name.
 */
public class InvalidCaseException extends RuntimeException {

    private final String field;
    private final String es;
    private final String en;

    public InvalidCaseException(String field, String es, String en) {
        super(field + ": " + en);
        this.field = field;
        this.es = es;
        this.en = en;
    }

    /** Builds the error from a bilingual message written {@code "español|English"}. */
    public static InvalidCaseException of(String field, String bilingual) {
        int bar = bilingual.indexOf('|');
        return bar < 0
                ? new InvalidCaseException(field, bilingual, bilingual)
                : new InvalidCaseException(field, bilingual.substring(0, bar), bilingual.substring(bar + 1));
    }

    public String field() {
        return field;
    }

    public String es() {
        return es;
    }

    public String en() {
        return en;
    }
}
