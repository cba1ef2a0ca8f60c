package org.amnistia.law;

import java.util.List;

/**
 * One version of the law, resolved: its provenance from {@code version.yaml}, the rules it repeals
 * from its base ({@code deroga}), and what it compiles: its base's files, with the rules it replaces
 * or repeals blanked out, followed by its own files ({@link #files()}), and every rule that stays,
 * by name ({@link #rules()}). {@code fingerprint} is null for a version shipped with the program and,
 * for one read from a folder on disk, the short hash of what it compiles ({@link #label()}).
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
        List<RuleSource> rules,
        String fingerprint) {

    /** Whether this version was read from a folder on disk rather than shipped with the program. */
    public boolean fromFolder() {
        return fingerprint != null;
    }

    /**
     * How every output names this version: a shipped version by its id ({@code ley-2026}); a folder by
     * its id, its path and the hash of its rules, marked not official, so that no proposal passes as
     * the law: {@code mi-propuesta (carpeta ruta/mi-propuesta, 3f2a9c1e; no oficial)}.
     */
    public String label() {
        return fingerprint == null ? id : id + " (carpeta " + origin + ", " + fingerprint + "; no oficial)";
    }

    /** The rule of this name, or null. */
    public RuleSource rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
