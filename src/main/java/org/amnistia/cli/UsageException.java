package org.amnistia.cli;

/** Bad usage or unreadable input: reported on stderr, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
