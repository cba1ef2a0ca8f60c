package org.amnistia.offense;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article numbers a catalogue statute string names: {@code "COJM art. 476; arts. 477–479 (H)"}
 * → 476, 477, 478, 479. Only numbers that follow {@code art.} or {@code arts.} count, ranges
 * included, so a gazette number or a year is never taken for an article.
 */
final class StatuteArticles {

    private static final Pattern CITATION = Pattern.compile("\\barts?\\.\\s*((?:\\d+(?:\\s*[–-]\\s*\\d+)?(?:\\s*(?:,|y|and)\\s*)?)+)");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?");

    private StatuteArticles() {
    }

    static Set<Integer> of(String statute) {
        Set<Integer> articles = new TreeSet<>();
        Matcher citation = CITATION.matcher(statute);
        while (citation.find()) {
            Matcher n = NUMBER_OR_RANGE.matcher(citation.group(1));
            while (n.find()) {
                int first = Integer.parseInt(n.group(1));
                int last = n.group(2) == null ? first : Integer.parseInt(n.group(2));
                for (int a = first; a <= last && a - first < 50; a++) {
                    articles.add(a);
                }
            }
        }
        return articles;
    }
}
