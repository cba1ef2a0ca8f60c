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

    /** The same error, naming the field it was found in (e.g. a date parsed before its field was known). */
    public InvalidCaseException at(String field) {
        return new InvalidCaseException(field, es, en);
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
