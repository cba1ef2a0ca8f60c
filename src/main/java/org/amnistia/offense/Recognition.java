package org.amnistia.offense;

import java.util.List;
import java.util.Objects;

/**
 * What the recogniser made of one charge text: the offense it names, or why it names none.
 * {@code offense} is set only when {@link Status#RECOGNISED}; {@code candidateCodes} lists the
 * conflicting codes only when {@link Status#AMBIGUOUS}. {@code attempt} is true when the text
 * carries a tentativa / frustración marker (D08).
 */
public record Recognition(Status status, Offense offense, boolean attempt, List<String> candidateCodes) {

    public enum Status {
        /** The text names exactly one catalogue code. */
        RECOGNISED,
        /** No alias of the catalogue occurs in the text. */
        UNRECOGNISED,
        /** The text names two or more codes (docs/spec/semantica.md §4: the question asks to split the charge). */
        AMBIGUOUS
    }

    public Recognition {
        Objects.requireNonNull(status, "status");
        candidateCodes = List.copyOf(Objects.requireNonNull(candidateCodes, "candidateCodes"));
        if ((status == Status.RECOGNISED) != (offense != null)) {
            throw new IllegalArgumentException("an offense is given exactly when the status is RECOGNISED");
        }
        if ((status == Status.AMBIGUOUS) != (candidateCodes.size() >= 2)) {
            throw new IllegalArgumentException("candidate codes (two or more) are given exactly when the status is AMBIGUOUS");
        }
    }

    static Recognition of(Offense offense, boolean attempt) {
        return new Recognition(Status.RECOGNISED, offense, attempt, List.of());
    }

    static Recognition unrecognised(boolean attempt) {
        return new Recognition(Status.UNRECOGNISED, null, attempt, List.of());
    }

    static Recognition ambiguous(List<String> candidateCodes, boolean attempt) {
        return new Recognition(Status.AMBIGUOUS, null, attempt, candidateCodes);
    }

    public boolean recognised() {
        return status == Status.RECOGNISED;
    }
}
