package org.amnistia.offense;

import java.util.List;

/**
 * How a charge text is recognised, step by step, for a person who wants to know why: the text as
 * written, the words left once citations, participation degrees and attempt markers are taken out,
 * the canonical words the aliases are compared in (docs/ley/delitos.md), and the recognition.
 */
public record Explanation(String text, String reduced, List<String> canonical, Recognition recognition) {

    public Explanation {
        canonical = List.copyOf(canonical);
    }
}
