package org.amnistia.law;

import java.util.List;

/**
 * What a compiled version encodes, read back from its rules: the temporal scope and the Art. 8
 * numerals under each reading, and every rule with its article and doubt.
 */
public record EncodedLaw(
        String law,
        String title,
        String status,
        String source,
        NumeralWindows.Span scopeFavourable,
        NumeralWindows.Span scopeStrict,
        List<NumeralWindows> numerals,
        List<RuleLine> rules) {

    /** One rule: its name (a sentence of the law), its article, and the doubt reading it encodes. */
    public record RuleLine(String name, String article, List<String> doubts, String reading) {
    }

    /** This law read one way: what {@code compare} puts on each side. */
    public record Side(EncodedLaw law, boolean strict) {
    }

    /**
     * The doubts some rule of this version reads ({@code @duda}), in order D01..D14: a doubt whose
     * rules a proposal repeals (D07 without the rebellion exclusion) is no longer open in it.
     */
    public List<String> doubtsRead() {
        return rules.stream().flatMap(r -> r.doubts().stream()).distinct().sorted().toList();
    }

    public CoverageFigures figures(boolean strict) {
        return CoverageFigures.of(numerals, strict);
    }
}
