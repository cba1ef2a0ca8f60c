package org.amnistia.law;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the build made of a shipped version is used only beside the very rule files it was made from:
 * a build that copies newer rule files without compiling them again (an IDE, {@code mvn
 * resources:resources}) must not run yesterday's law.
 */
class PrebuiltVersionsTest {

    @Test
    void the_build_carries_every_shipped_version_resolved_as_its_rule_files_give_it() {
        for (String name : LawVersions.available()) {
            assertThat(PrebuiltVersions.of(name)).as(name).isNotNull();
            assertThat(PrebuiltVersions.of(name).version()).as(name).isEqualTo(LawVersions.read(name));
            assertThat(PrebuiltVersions.of(name).modelClasses()).as(name).isNotEmpty();
        }
    }

    @Test
    void a_prebuilt_version_beside_the_files_it_was_made_from_is_read(@TempDir Path classes) throws IOException {
        copy(classes, "julio-2024-hasta-toma-de-posesion");
        try (URLClassLoader loader = loaderOf(classes)) {
            assertThat(PrebuiltVersions.read("julio-2024-hasta-toma-de-posesion", loader)).isPresent();
        }
    }

    @Test
    void a_base_rule_file_edited_since_the_build_leaves_the_proposal_built_on_it_unused(@TempDir Path classes)
            throws IOException {
        copy(classes, "julio-2024-hasta-toma-de-posesion");
        Path base = classes.resolve("rules/ley-2026/hechos.drl");
        Files.writeString(base, Files.readString(base) + "\n// una línea añadida tras construir\n");
        try (URLClassLoader loader = loaderOf(classes)) {
            assertThat(PrebuiltVersions.read("julio-2024-hasta-toma-de-posesion", loader)).isEmpty();
        }
    }

    @Test
    void a_rule_file_removed_since_the_build_leaves_its_version_unused(@TempDir Path classes) throws IOException {
        copy(classes, "ley-2026");
        Files.delete(classes.resolve("rules/ley-2026/exclusiones.drl"));
        try (URLClassLoader loader = loaderOf(classes)) {
            assertThat(PrebuiltVersions.read("ley-2026", loader)).isEmpty();
        }
    }

    /** The version's prebuilt file and every rule file of the shipped versions, as the class path has them. */
    private static void copy(Path classes, String name) throws IOException {
        resource(classes, PrebuiltVersions.path(name));
        for (String version : LawVersions.available()) {
            String folder = LawVersions.read(version).origin();
            for (RuleFile f : LawVersions.read(version).files()) {
                if (f.label().startsWith(folder + "/")) {
                    resource(classes, f.label());
                }
            }
            resource(classes, folder + "/version.yaml");
        }
    }

    private static void resource(Path classes, String path) throws IOException {
        try (InputStream in = PrebuiltVersionsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Path target = classes.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    private static URLClassLoader loaderOf(Path classes) throws IOException {
        return new URLClassLoader(new URL[]{classes.toUri().toURL()}, null);
    }
}
