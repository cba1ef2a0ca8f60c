package org.amnistia.law;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law the engine loads ({@code rules/} on the class path, copied by the build) is the law in
 * {@code rules/}, file by file and byte by byte. Maven's resources plugin keeps a copied file that is
 * newer than its source and never deletes one removed from {@code rules/}: a build without
 * {@code clean} over an older {@code target/} once ran the whole-file julio-2024 proposal without its
 * {@code deroga:}, which loads, silently, as another law (ley-2026 plus a third 8.12 rule), and
 * {@code law --diff --against julio-2024-hasta-toma-de-posesion} lost D05. The pom copies
 * {@code rules/} afresh on every build; this says so at once if it ever stops.
 */
class ShippedRulesMatchTheFolderTest {

    @Test
    void the_rules_on_the_class_path_are_the_rules_folder_byte_for_byte() throws IOException, URISyntaxException {
        URL marker = getClass().getClassLoader().getResource("rules/" + LawVersions.DEFAULT + "/version.yaml");
        assertThat(marker).as("rules/ on the class path").isNotNull();
        assertThat(marker.getProtocol()).as("the tests read the rules from the build's classes folder").isEqualTo("file");
        Path onClassPath = Path.of(marker.toURI()).getParent().getParent();
        Map<String, byte[]> copied = files(onClassPath);
        Map<String, byte[]> source = files(Path.of("rules"));

        assertThat(copied.keySet()).as("files under %s (a file removed from rules/ must not linger there)", onClassPath)
                .containsExactlyElementsOf(source.keySet());
        source.forEach((name, bytes) -> assertThat(copied.get(name))
                .as("%s/%s is rules/%s as it is now (run the build with clean)", onClassPath, name, name)
                .isEqualTo(bytes));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
