package org.amnistia.verdict;

import java.util.Objects;

/**
 * An argument of a message that reads differently in each language (a code with its Spanish or
 * English name, for instance): {@link Messages} takes the text of its own language.
 */
public record Bilingual(String es, String en) {

    public static final Bilingual EMPTY = new Bilingual("", "");

    public Bilingual {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }

    String in(String lang) {
        return "en".equals(lang) ? en : es;
    }
}
