package org.amnistia.law;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds and resolves law versions. A name is a shipped version ({@code ley-2026},
 * {@code proyecto-2026-02-05}), a shipped proposal ({@code rules/propuestas/<id>}) or a folder on
 * disk. A version with a {@code base} holds only the rules that change ({@link RuleOverlay}).
 */
public final class LawVersions {

    /** The default: the enacted law. */
    public static final String DEFAULT = "ley-2026";

    /** The versions and proposals shipped in the jar, for listings and help texts. */
    public static final List<String> SHIPPED = List.of(
            "ley-2026", "proyecto-2026-02-05",
            "julio-2024-hasta-toma-de-posesion", "sin-excepcion-rebelion-militar", "ucv-continua",
            "abril-2002-ampliado", "odio-redes-sociales");

    private LawVersions() {
    }

    /** The versions of {@link #SHIPPED} that this build carries, in that order (for pickers). */
    public static List<String> available() {
        return Available.VERSIONS;
    }

    /** Looked up in the jar once, on first use: what a build carries never changes while it runs. */
    private static final class Available {
        static final List<String> VERSIONS = SHIPPED.stream().filter(LawVersions::isShipped).toList();
    }

    /** Whether {@code name} is a version or proposal shipped in the jar (never a folder on disk). */
    public static boolean isShipped(String name) {
        return shippedFolder(name) != null;
    }

    /**
     * The version {@code name}: a shipped one as the build resolved it ({@link PrebuiltVersions}), so
     * no rule file is parsed at start; a folder, or a build without that, read from its rule files.
     */
    public static LawVersion load(String name) {
        PrebuiltVersions.Prebuilt prebuilt = PrebuiltVersions.of(name);
        return prebuilt != null ? prebuilt.version() : read(name);
    }

    /** The version {@code name} read from its rule files, every check of a load made. */
    public static LawVersion read(String name) {
        return resolve(locate(name), 0);
    }

    /**
     * The name {@link #load} takes for a version's base: a shipped name as it is; a folder, which
     * {@code version.yaml} names relative to the version's own folder, as a path; null without a base.
     */
    public static String baseOf(LawVersion version) {
        if (version.base() == null || isShipped(version.base())) {
            return version.base();
        }
        return Path.of(version.origin()).resolve(version.base()).normalize().toString();
    }

    private static VersionFolder shippedFolder(String name) {
        VersionFolder shipped = VersionFolder.shipped(name);
        return shipped != null ? shipped : VersionFolder.shipped("propuestas/" + name);
    }

    private static VersionFolder locate(String name) {
        VersionFolder shipped = shippedFolder(name);
        if (shipped != null) {
            return shipped;
        }
        Path folder = Path.of(name);
        if (Files.isDirectory(folder)) {
            VersionFolder onDisk = VersionFolder.onDisk(folder);
            if (!onDisk.hasVersionFile()) {
                throw new LawLoadException(folder + ": falta version.yaml | missing version.yaml");
            }
            return onDisk;
        }
        throw new LawLoadException("versión de la ley desconocida «" + name + "» (conocidas: " + SHIPPED
                + ", o una carpeta con version.yaml) | unknown law version «" + name + "»");
    }

    private static LawVersion resolve(VersionFolder folder, int depth) {
        if (depth > 8) {
            throw new LawLoadException(folder.origin() + ": version.yaml bases form a cycle");
        }
        String yamlLabel = folder.origin() + "/version.yaml";
        VersionFile yaml = VersionFile.read(yamlLabel, folder.versionYaml());
        String id = yaml.get("id");
        if (id == null) {
            throw new LawLoadException(yamlLabel + ": falta «id» | missing «id»");
        }
        if (!folder.shipped() && (SHIPPED.contains(id) || isShipped(id))) {
            throw new LawLoadException(yamlLabel + ":" + yaml.line("id") + ": id «" + id + "»: es el de una versión "
                    + "que viene con el programa; una carpeta no puede pasar por ella: dele un id propio (p. ej. «"
                    + id + "-propuesta») | id «" + id + "» is a version shipped with the program; a folder cannot "
                    + "pass as it: give it an id of its own");
        }
        String base = yaml.get("base");
        LawVersion below = null;
        if (base != null) {
            VersionFolder baseFolder = shippedFolder(base);
            if (baseFolder == null) {
                Path relative = folder.path().resolve(base).normalize();
                baseFolder = Files.isDirectory(relative) ? VersionFolder.onDisk(relative) : null;
            }
            if (baseFolder == null) {
                throw new LawLoadException(yamlLabel + ":" + yaml.line("base") + ": base desconocida «" + base
                        + "» (conocidas: " + String.join(", ", SHIPPED) + ", o la ruta de una carpeta con version.yaml)"
                        + ClosestNames.hint(base, SHIPPED) + " | unknown base «" + base + "»");
            }
            below = resolve(baseFolder, depth + 1);
        } else if (!yaml.repeals().isEmpty()) {
            throw new LawLoadException(yamlLabel + ":" + yaml.repeals().get(0).line() + ": «deroga» sin «base»: "
                    + "no hay reglas que derogar | «deroga» without «base»: there is nothing to repeal");
        }
        RuleOverlay overlay = new RuleOverlay(below, yamlLabel);
        overlay.repeal(yaml.repeals());
        folder.ruleFiles().forEach((name, text) -> overlay.add(folder.label(name), name, text));
        return overlay.resolve(id, yaml.get("titulo"), yaml.get("estado"), yaml.get("fuente"), yaml.get("fecha"),
                base, folder.origin(), !folder.shipped());
    }
}
