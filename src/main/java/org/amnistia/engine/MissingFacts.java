package org.amnistia.engine;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The facts a verdict may ask for (docs/spec/semantica.md §3), in the order a person would be asked. */
public final class MissingFacts implements Comparator<String> {

    public static final MissingFacts ORDER = new MissingFacts();

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private static final List<String> FACTS = List.of("conduct.from", "conduct.political", "conduct.event",
            "conduct.assemblyMandate", "conduct.ceased", "charges");

    @Override
    public int compare(String a, String b) {
        int c = Integer.compare(rank(a), rank(b));
        c = c != 0 ? c : Integer.compare(chargeIndex(a), chargeIndex(b));
        return c != 0 ? c : a.compareTo(b); // a fact a proposal adds is never taken for another one
    }

    private static int rank(String fact) {
        int i = FACTS.indexOf(fact);
        return i >= 0 ? i : FACTS.size();
    }

    /** The i of {@code charges[i].offense}. */
    static int chargeIndex(String fact) {
        int open = fact.indexOf('[');
        return open < 0 ? -1 : Integer.parseInt(fact.substring(open + 1, fact.indexOf(']')));
    }

    /** The message key of the question for a fact: {@code charges[3].offense} → {@code falta.charges.offense}. */
    static String questionKey(String fact) {
        return "falta." + INDEX.matcher(fact).replaceAll("");
    }
}
