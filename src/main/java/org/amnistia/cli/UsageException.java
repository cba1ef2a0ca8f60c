package org.amnistia.cli;

/** Bad usage or unreadable input: reported on stderr, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    /** {@code value} when it is at least {@code min}; a usage error naming the option otherwise. */
    static long atLeast(String option, long value, long min) {
        if (value < min) {
            throw new UsageException(option + " " + value + ": debe ser al menos " + min + " | must be at least " + min);
        }
        return value;
    }
}
