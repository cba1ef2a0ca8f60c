package org.amnistia.docs;

import org.amnistia.law.LawVersions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository carries its own law: no file points outside it to the team's working notes, every
 * relative link of a Markdown file opens a file (and anchor) of the repository, and every
 * {@code docs/…} path cited anywhere — DRL headers, {@code version.yaml}, javadoc, golden cases,
 * the page — names a document that exists.
 */
class RepositoryDocumentsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** Folders that are not part of the repository's content. */
    private static final Set<String> SKIPPED = Set.of("target", ".git", ".idea", ".vscode", "out", "bench-out");
    /** Written in pieces so that this file does not match itself. */
    private static final Pattern OUTSIDE_NOTES = Pattern.compile(
            "shared" + "/(law|spec)|\\.\\./" + "shared");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern DOCS_CITATION = Pattern.compile("(?<![\\w./-])docs/[\\w./-]*[\\w-]\\.(?:md|txt)(?:#[\\w-]+)?");

    @Test
    void the_documents_a_user_reads_first_name_every_shipped_version() throws IOException {
        for (String document : List.of("README.md", "rules/README.md", "docs/spec/linea-de-ordenes.md")) {
            String text = Files.readString(Path.of(document));
            for (String version : LawVersions.SHIPPED) {
                assertThat(text).as(document + " names the shipped version " + version).contains("`" + version + "`");
            }
        }
    }

    @Test
    void no_file_of_the_repository_cites_the_notes_outside_it() {
        List<String> offenders = new ArrayList<>();
        for (Path file : textFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE_NOTES.matcher(lines.get(i)).find()) {
                    offenders.add(ROOT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(offenders).as("files that cite notes outside the repository").isEmpty();
    }

    @Test
    void every_relative_link_of_a_markdown_file_opens_a_file_and_anchor_of_the_repository() {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            List<String> lines = MarkdownAnchors.outsideCode(lines(file));
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = MARKDOWN_LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                        continue; // http:, https:, mailto:
                    }
                    String problem = problemWith(file.getParent(), target, file);
                    if (problem != null) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + " → " + target + " (" + problem + ")");
                    }
                }
            }
        }
        assertThat(broken).as("broken relative links").isEmpty();
    }

    @Test
    void every_docs_path_cited_in_the_repository_names_an_existing_document() {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher citation = DOCS_CITATION.matcher(lines.get(i));
                while (citation.find()) {
                    String problem = problemWith(ROOT, citation.group(), file);
                    if (problem != null) {
                        broken.add(ROOT.relativize(file) + ":" + (i + 1) + " → " + citation.group() + " (" + problem + ")");
                    }
                }
            }
        }
        assertThat(broken).as("citations of documents that do not exist").isEmpty();
    }

    @Test
    void the_law_and_its_contracts_are_in_the_repository() {
        for (String document : List.of("docs/README.md", "docs/ley/ley-2026.md", "docs/ley/dudas.md",
                "docs/ley/delitos.md", "docs/ley/cifras.md", "docs/ley/versiones.md", "docs/ley/fuentes.md",
                "docs/spec/formato-caso.md", "docs/spec/linea-de-ordenes.md", "docs/spec/semantica.md")) {
            assertThat(ROOT.resolve(document)).as(document).isRegularFile();
        }
        String doubts = String.join("\n", lines(ROOT.resolve("docs/ley/dudas.md")));
        for (int d = 1; d <= 14; d++) {
            assertThat(MarkdownAnchors.of(ROOT.resolve("docs/ley/dudas.md")))
                    .as("docs/ley/dudas.md has an anchor for D%02d", d).contains(String.format("d%02d", d));
            assertThat(doubts).contains(String.format("D%02d", d));
        }
    }

    /** Why {@code target} (relative to {@code base}, possibly with a {@code #anchor}) does not open, or null. */
    private static String problemWith(Path base, String target, Path citingFile) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? citingFile : base.resolve(path).normalize();
        if (!resolved.startsWith(ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor != null && resolved.toString().endsWith(".md")
                && !MarkdownAnchors.of(resolved).contains(anchor)) {
            return "no such anchor";
        }
        return null;
    }

    private static List<Path> textFiles() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> ROOT.relativize(p).toString().isEmpty() || !isSkipped(ROOT.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(png|jpg|xlsx|jar|class|ico|gz|zip)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSkipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return List.of(); // not a UTF-8 text file (a fixture with another encoding)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
