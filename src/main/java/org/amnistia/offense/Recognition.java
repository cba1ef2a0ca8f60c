package org.amnistia.offense;

import java.util.List;
import java.util.Objects;

/**
 * What the recogniser made of one charge text: the offense it names, or why it names none.
 * {@code offense} is set only when {@link Status#RECOGNISED}; {@code candidateCodes} lists the
 * conflicting codes only when {@link Status#AMBIGUOUS}. {@code attempt} is true when the text
 * carries a tentativa / frustración marker (D08). {@code closest} holds, for a text that names no
 * code, the codes whose names and aliases it most resembles: suggestions for the person who
 * classifies it, never a recognition.
 */
public record Recognition(Status status, Offense offense, boolean attempt, List<String> candidateCodes,
                          List<Offense> closest) {

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
        closest = List.copyOf(Objects.requireNonNull(closest, "closest"));
        if ((status == Status.RECOGNISED) != (offense != null)) {
            throw new IllegalArgumentException("an offense is given exactly when the status is RECOGNISED");
        }
        if ((status == Status.AMBIGUOUS) != (candidateCodes.size() >= 2)) {
            throw new IllegalArgumentException("candidate codes (two or more) are given exactly when the status is AMBIGUOUS");
        }
        if (status != Status.UNRECOGNISED && !closest.isEmpty()) {
            throw new IllegalArgumentException("only an unrecognised text has closest codes");
        }
    }

    static Recognition of(Offense offense, boolean attempt) {
        return new Recognition(Status.RECOGNISED, offense, attempt, List.of(), List.of());
    }

    static Recognition unrecognised(boolean attempt, List<Offense> closest) {
        return new Recognition(Status.UNRECOGNISED, null, attempt, List.of(), closest);
    }

    static Recognition ambiguous(List<String> candidateCodes, boolean attempt) {
        return new Recognition(Status.AMBIGUOUS, null, attempt, candidateCodes, List.of());
    }

    public boolean recognised() {
        return status == Status.RECOGNISED;
    }
}
