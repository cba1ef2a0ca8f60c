package org.amnistia.law;

import java.util.List;

/**
 * One version of the law, resolved: its provenance from {@code version.yaml}, the rules it repeals
 * from its base ({@code deroga}), and what it compiles: its base's files, with the rules it replaces
 * or repeals blanked out, followed by its own files ({@link #files()}), and every rule that stays,
 * by name ({@link #rules()}).
 */
public record LawVersion(
        String id,
        String title,
        String status,
        String source,
        String date,
        String base,
        String origin,
        List<String> repealed,
        List<RuleFile> files,
        List<RuleSource> rules) {

    /** The rule of this name, or null. */
    public RuleSource rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
