package org.amnistia.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds and resolves law versions. A name is a shipped version ({@code ley-2026},
 * {@code proyecto-2026-02-05}), a shipped proposal ({@code rules/propuestas/<id>}) or a folder on
 * disk. A version's files replace its base's files of the same name, whole (never single rules).
 */
public final class LawVersions {

    /** The default: the enacted law. */
    public static final String DEFAULT = "ley-2026";

    /** The versions and proposals shipped in the jar, for listings and help texts. */
    public static final List<String> SHIPPED = List.of(
            "ley-2026", "proyecto-2026-02-05",
            "julio-2024-hasta-toma-de-posesion", "sin-excepcion-rebelion-militar", "ucv-continua");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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

    public static LawVersion load(String name) {
        return resolve(locate(name), 0);
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
        JsonNode yaml;
        try {
            yaml = YAML.readTree(folder.versionYaml());
        } catch (IOException e) {
            throw new LawLoadException(folder.origin() + "/version.yaml: " + e.getMessage(), e);
        }
        String id = text(yaml, "id");
        if (id == null) {
            throw new LawLoadException(folder.origin() + "/version.yaml: falta «id» | missing «id»");
        }
        String base = text(yaml, "base");
        Map<String, String> files = new TreeMap<>();
        if (base != null) {
            VersionFolder baseFolder = VersionFolder.shipped(base);
            if (baseFolder == null) {
                Path relative = folder.path().resolve(base).normalize();
                baseFolder = Files.isDirectory(relative) ? VersionFolder.onDisk(relative) : null;
            }
            if (baseFolder == null) {
                throw new LawLoadException(folder.origin() + "/version.yaml: base desconocida «" + base
                        + "» | unknown base «" + base + "»");
            }
            files.putAll(resolve(baseFolder, depth + 1).ruleFiles());
        }
        Map<String, String> own = new LinkedHashMap<>(folder.ruleFiles());
        files.putAll(own);
        return new LawVersion(id, text(yaml, "titulo"), text(yaml, "estado"), text(yaml, "fuente"),
                text(yaml, "fecha"), base, folder.origin(), Collections.unmodifiableMap(files));
    }

    private static String text(JsonNode yaml, String field) {
        JsonNode node = yaml.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
