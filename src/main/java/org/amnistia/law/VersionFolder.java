package org.amnistia.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder holding one version: inside the jar ({@code rules/<id>/}) or on disk (a proposal a
 * legal team is writing). Reads its {@code version.yaml} and its {@code .drl} files.
 */
final class VersionFolder {

    private final Path path;
    private final String origin;
    private final boolean shipped;

    private VersionFolder(Path path, String origin, boolean shipped) {
        this.path = path;
        this.origin = origin;
        this.shipped = shipped;
    }

    static VersionFolder onDisk(Path folder) {
        return new VersionFolder(folder, folder.toString(), false);
    }

    /** The shipped folder {@code rules/<relative>} in the jar or classes directory, or null. */
    static VersionFolder shipped(String relative) {
        String resource = "rules/" + relative + "/version.yaml";
        URL url = VersionFolder.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            Path yaml;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                yaml = fs.getPath(resource);
            } else {
                yaml = Path.of(uri);
            }
            return new VersionFolder(yaml.getParent(), "rules/" + relative, true);
        } catch (URISyntaxException | IOException e) {
            throw new LawLoadException("cannot open rules/" + relative + ": " + e.getMessage(), e);
        }
    }

    /** Whether this folder ships with the program (in the jar), rather than being a folder on disk. */
    boolean shipped() {
        return shipped;
    }

    Path path() {
        return path;
    }

    String origin() {
        return origin;
    }

    /** How a file of this folder is named in messages: {@code rules/ley-2026/hechos.drl}, or its path on disk. */
    String label(String file) {
        return origin + "/" + file;
    }

    boolean hasVersionFile() {
        return Files.isRegularFile(path.resolve("version.yaml"));
    }

    String versionYaml() {
        return read(path.resolve("version.yaml"));
    }

    /** The DRL files of this folder (not of its base), by file name. */
    Map<String, String> ruleFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(path)) {
            list.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .forEach(p -> files.put(p.getFileName().toString(), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(files);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LawLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
