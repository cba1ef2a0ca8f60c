package org.amnistia.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors a Markdown file offers to a link, as GitHub renders it: explicit HTML ids
 * ({@code <a id="d01"></a>}) and one per heading, the heading's text in lower case with
 * punctuation dropped and spaces turned into hyphens, a repeated heading numbered {@code -1},
 * {@code -2}…
 */
final class MarkdownAnchors {

    private static final Pattern HTML_ID = Pattern.compile("\\b(?:id|name)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    private MarkdownAnchors() {
    }

    static Set<String> of(Path markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideCode(RepositoryDocumentsTest.lines(markdown))) {
            Matcher id = HTML_ID.matcher(line);
            while (id.find()) {
                anchors.add(id.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    /** GitHub's heading slug: lower case; letters, digits, spaces, hyphens and underscores kept; spaces to hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("<[^>]*>", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    /** The lines with fenced code blocks blanked and inline code spans removed, numbering kept. */
    static List<String> outsideCode(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        boolean fenced = false;
        for (String line : lines) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                out.add("");
            } else {
                out.add(fenced ? "" : INLINE_CODE.matcher(line).replaceAll(""));
            }
        }
        return out;
    }
}
