package org.amnistia.law;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A version laid over its base rule by rule, the way an amendment reads («modifíquese el numeral 12
 * del artículo 8»):
 * <ul>
 *   <li>a rule whose name is the name of a base rule <b>replaces</b> it; {@code @reemplaza} on the rule
 *       says that it means to, so that a name mistyped in the copy is refused instead of adding a
 *       second rule beside the one it meant to replace;</li>
 *   <li>a name listed under {@code deroga:} in {@code version.yaml} <b>repeals</b> that base rule;</li>
 *   <li>a rule with a new name <b>adds</b> to the base.</li>
 * </ul>
 * Topic files keep their names ({@code hechos.drl} holds only the numerals that change) and never
 * replace the base's file of that name: the base's files are compiled as they are, each replaced or
 * repealed rule blanked out in place, so every line keeps its number. A correction to a base rule
 * reaches every version built on it that does not replace that very rule. Everything that cannot
 * load is refused together, each problem naming its file, line and rule.
 */
final class RuleOverlay {

    private final LawVersion base;
    private final String yamlLabel;
    private final Map<String, RuleSource> baseRules = new LinkedHashMap<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final List<String> repealed = new ArrayList<>();
    private final Map<String, RuleSource> own = new LinkedHashMap<>();
    private final List<RuleFile> ownFiles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    RuleOverlay(LawVersion base, String yamlLabel) {
        this.base = base;
        this.yamlLabel = yamlLabel;
        if (base != null) {
            base.rules().forEach(r -> baseRules.put(r.name(), r));
        }
    }

    void repeal(List<VersionFile.Repeal> names) {
        for (VersionFile.Repeal r : names) {
            if (!baseRules.containsKey(r.name())) {
                problems.add(yamlLabel + ":" + r.line() + ": deroga «" + r.name() + "»: la base «" + base.id()
                        + "» no tiene ninguna regla con ese nombre | the base has no rule of that name."
                        + ClosestNames.hint(r.name(), baseRules.keySet()));
            } else if (!removed.add(r.name())) {
                problems.add(yamlLabel + ":" + r.line() + ": «" + r.name() + "» se deroga dos veces | is repealed twice");
            } else {
                repealed.add(r.name());
            }
        }
    }

    void add(String label, String name, String text) {
        DrlRules drl = DrlRules.read(label, text);
        problems.addAll(drl.problems());
        int file = (base == null ? 0 : base.files().size()) + ownFiles.size();
        ownFiles.add(new RuleFile(label, name, text));
        for (DrlRules.Found rule : drl.rules()) {
            String where = label + ":" + rule.line() + ": «" + rule.name() + "»: ";
            RuleSource earlier = own.get(rule.name());
            if (earlier != null) {
                problems.add(where + "ya está en " + earlier.where() + ": dos reglas no pueden llamarse igual | already "
                        + "at " + earlier.where() + ": two rules cannot share a name");
                continue;
            }
            if (baseRules.containsKey(rule.name())) {
                if (repealed.contains(rule.name())) {
                    problems.add(where + "la deroga version.yaml y esta regla la reemplaza: una de las dos | repealed in "
                            + "version.yaml and replaced here: one or the other");
                }
                removed.add(rule.name());
            } else if (rule.replaces()) {
                problems.add(where + (base == null
                        ? "@reemplaza en una versión sin base | @reemplaza in a version without a base"
                        : "@reemplaza: la base «" + base.id() + "» no tiene ninguna regla con ese nombre (para reemplazar "
                        + "una regla, copie su nombre exacto; para añadir una, quite @reemplaza) | the base has no rule "
                        + "of that name." + ClosestNames.hint(rule.name(), baseRules.keySet())));
            }
            own.put(rule.name(), new RuleSource(rule.name(), rule.article(), label, rule.line(),
                    text.substring(rule.start(), rule.end()), file, rule.start(), rule.end()));
        }
    }

    /** The version, or every problem found at once; {@code fromFolder}: read from disk, so fingerprinted. */
    LawVersion resolve(String id, String title, String status, String source, String date, String baseId,
                       String origin, boolean fromFolder) {
        if (!problems.isEmpty()) {
            throw new LawLoadException("la versión «" + id + "» (" + origin + ") no carga | does not load:\n  "
                    + String.join("\n  ", problems));
        }
        List<RuleFile> files = new ArrayList<>();
        List<RuleSource> rules = new ArrayList<>();
        if (base != null) {
            List<StringBuilder> texts = new ArrayList<>();
            base.files().forEach(f -> texts.add(new StringBuilder(f.text())));
            for (RuleSource r : base.rules()) {
                if (removed.contains(r.name())) {
                    StringBuilder text = texts.get(r.file());
                    for (int i = r.start(); i < r.end(); i++) {
                        if (text.charAt(i) != '\n') {
                            text.setCharAt(i, ' ');
                        }
                    }
                } else {
                    rules.add(r);
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                RuleFile f = base.files().get(i);
                files.add(new RuleFile(f.label(), f.name(), texts.get(i).toString()));
            }
        }
        files.addAll(ownFiles);
        rules.addAll(own.values());
        return new LawVersion(id, title, status, source, date, baseId, origin, List.copyOf(repealed),
                List.copyOf(files), List.copyOf(rules), fromFolder ? fingerprint(files) : null);
    }

    /**
     * The first 8 hex digits of the SHA-256 of what a version compiles (each file's topic and text, in
     * order): the same rules give the same hash wherever the folder is; any edit changes it.
     */
    private static String fingerprint(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                sha.update(f.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
