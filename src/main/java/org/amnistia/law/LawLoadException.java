package org.amnistia.law;

/** A law version that cannot be found, read or compiled; the message names the file and line. */
public class LawLoadException extends RuntimeException {

    public LawLoadException(String message) {
        super(message);
    }

    public LawLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
