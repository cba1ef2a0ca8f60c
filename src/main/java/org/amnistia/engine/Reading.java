package org.amnistia.engine;

import java.util.Locale;

/**
 * The reading of the open doubts D01–D14 (Art. 5): the favourable one is the default; the strict
 * one is what a court unwilling to apply Art. 5 might do.
 */
public enum Reading {
    FAVOURABLE, STRICT;

    /** The name used in verdicts and on the command line: {@code favourable} or {@code strict}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Reading parse(String text) {
        for (Reading r : values()) {
            if (r.id().equalsIgnoreCase(text.trim()) || (r == FAVOURABLE && text.trim().equalsIgnoreCase("favorable"))
                    || (r == STRICT && text.trim().equalsIgnoreCase("estricta"))) {
                return r;
            }
        }
        throw new IllegalArgumentException("lectura desconocida «" + text + "» (favourable | strict)");
    }
}
