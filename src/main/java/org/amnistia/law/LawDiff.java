package org.amnistia.law;

import org.amnistia.engine.ArticleOrder;
import org.amnistia.verdict.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one version changes against another, in the law's terms and under both readings: the
 * temporal scope and the Art. 8 windows that move (matched by the ley-2026 key of their event, so a
 * renumbered numeral is the same event), with the days gained or lost; the offences that become or
 * stop being excluded; the doubts that appear or disappear; and the rules replaced (same name, other
 * text), repealed and added.
 */
public record LawDiff(
        String from,
        String to,
        List<WindowMove> windows,
        List<ExclusionChange> exclusions,
        List<String> doubtsAppear,
        List<String> doubtsDisappear,
        List<String> rulesReplaced,
        List<String> rulesRepealed,
        List<String> rulesAdded) {

    /** A version as the diff reads it: its rules as written, what its probe read back, what it excludes. */
    public record Side(LawVersion version, EncodedLaw law, Map<String, Set<String>> exclusions) {
    }

    /**
     * A window that moves under one reading: {@code event} is the ley-2026 key ({@code 8.12}) or
     * {@code scope} for the temporal scope; {@code numeralFrom}/{@code numeralTo} each version's own
     * numbering, empty where the version has no such event.
     */
    public record WindowMove(String event, String numeralFrom, String numeralTo, String reading, String before,
                             String after, boolean byEventBefore, boolean byEventAfter, long daysGained, long daysLost) {
    }

    /** An offence excluded under other readings: {@code before}/{@code after} list the readings that exclude it. */
    public record ExclusionChange(String offense, List<String> before, List<String> after) {
    }

    public static final String SCOPE = "scope";
    /** How {@code ExclusionProbe} names the attempt of an offence. */
    private static final String ATTEMPT = " (tentativa)";
    private static final LocalDate ORIGIN = LocalDate.of(1990, 1, 1);

    public static LawDiff of(Side a, Side b) {
        List<WindowMove> windows = new ArrayList<>();
        for (boolean strict : new boolean[] {false, true}) {
            String reading = strict ? "strict" : "favourable";
            scope(a, b, strict, reading, windows);
            Map<String, Event> before = events(a.law(), strict);
            Map<String, Event> after = events(b.law(), strict);
            Set<String> keys = new TreeSet<>(ArticleOrder.INSTANCE);
            keys.addAll(before.keySet());
            keys.addAll(after.keySet());
            for (String key : keys) {
                Event x = before.getOrDefault(key, Event.NONE);
                Event y = after.getOrDefault(key, Event.NONE);
                if (!x.spans.equals(y.spans) || x.byEvent != y.byEvent) {
                    windows.add(move(key, x.numerals, y.numerals, reading, x, y));
                }
            }
        }
        windows.sort((p, q) -> p.event().equals(q.event()) ? 0
                : p.event().equals(SCOPE) ? -1 : q.event().equals(SCOPE) ? 1
                : ArticleOrder.INSTANCE.compare(p.event(), q.event()));
        List<ExclusionChange> exclusions = new ArrayList<>();
        Set<String> offenses = new TreeSet<>(a.exclusions().keySet());
        offenses.addAll(b.exclusions().keySet());
        for (String offense : offenses) {
            Set<String> x = a.exclusions().getOrDefault(offense, Set.of());
            Set<String> y = b.exclusions().getOrDefault(offense, Set.of());
            if (!x.equals(y)) {
                exclusions.add(new ExclusionChange(offense, List.copyOf(new TreeSet<>(x)), List.copyOf(new TreeSet<>(y))));
            }
        }
        // The attempt of an offence said once with the offence when it changes the same way.
        exclusions.removeIf(x -> x.offense().endsWith(ATTEMPT) && exclusions.stream().anyMatch(y ->
                y.offense().equals(x.offense().substring(0, x.offense().length() - ATTEMPT.length()))
                        && y.before().equals(x.before()) && y.after().equals(x.after())));
        Set<String> doubtsA = doubts(a.law());
        Set<String> doubtsB = doubts(b.law());
        Map<String, RuleSource> rulesA = byName(a.version());
        Map<String, RuleSource> rulesB = byName(b.version());
        return new LawDiff(a.version().id(), b.version().id(), List.copyOf(windows), List.copyOf(exclusions),
                minus(doubtsB, doubtsA), minus(doubtsA, doubtsB),
                rulesA.keySet().stream().filter(rulesB::containsKey)
                        .filter(n -> !normal(rulesA.get(n).text()).equals(normal(rulesB.get(n).text()))).toList(),
                minus(rulesA.keySet(), rulesB.keySet()), minus(rulesB.keySet(), rulesA.keySet()));
    }

    /** Whether nothing changes that a legal team reads: no window, exclusion, doubt or rule. */
    public boolean changesNothing() {
        return windows.isEmpty() && exclusions.isEmpty() && doubtsAppear.isEmpty() && doubtsDisappear.isEmpty()
                && rulesReplaced.isEmpty() && rulesRepealed.isEmpty() && rulesAdded.isEmpty();
    }

    private static void scope(Side a, Side b, boolean strict, String reading, List<WindowMove> out) {
        NumeralWindows.Span x = strict ? a.law().scopeStrict() : a.law().scopeFavourable();
        NumeralWindows.Span y = strict ? b.law().scopeStrict() : b.law().scopeFavourable();
        if (!Objects.equals(x, y)) {
            out.add(move(SCOPE, "", "", reading, new Event("", x == null ? List.of() : List.of(x), false),
                    new Event("", y == null ? List.of() : List.of(y), false)));
        }
    }

    private static WindowMove move(String key, String numeralFrom, String numeralTo, String reading, Event x, Event y) {
        BitSet before = days(x.spans);
        BitSet after = days(y.spans);
        BitSet gained = (BitSet) after.clone();
        gained.andNot(before);
        BitSet lost = (BitSet) before.clone();
        lost.andNot(after);
        return new WindowMove(key, numeralFrom, numeralTo, reading, x.text(), y.text(), x.byEvent, y.byEvent,
                gained.cardinality(), lost.cardinality());
    }

    /** The windows of each event under one reading, the numerals that encode it joined ({@code 6.3 + 6.4}). */
    private record Event(String numerals, List<NumeralWindows.Span> spans, boolean byEvent) {
        static final Event NONE = new Event("", List.of(), false);

        String text() {
            return spans.isEmpty() ? "—" : NumeralWindows.Span.join(spans);
        }
    }

    private static Map<String, Event> events(EncodedLaw law, boolean strict) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (NumeralWindows n : law.numerals()) {
            String key = n.event() == null ? n.numeral() : n.event();
            Event e = out.get(key);
            List<NumeralWindows.Span> spans = new ArrayList<>(e == null ? List.of() : e.spans);
            spans.addAll(n.windows(strict));
            spans.sort((p, q) -> p.from().compareTo(q.from()));
            out.put(key, new Event(e == null ? n.numeral() : e.numerals + " + " + n.numeral(), List.copyOf(spans),
                    n.byEvent()));
        }
        return out;
    }

    private static BitSet days(List<NumeralWindows.Span> spans) {
        BitSet days = new BitSet();
        for (NumeralWindows.Span s : spans) {
            days.set((int) (s.from().toEpochDay() - ORIGIN.toEpochDay()), (int) (s.to().toEpochDay() - ORIGIN.toEpochDay()) + 1);
        }
        return days;
    }

    private static Set<String> doubts(EncodedLaw law) {
        return law.rules().stream().flatMap(r -> r.doubts().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, RuleSource> byName(LawVersion version) {
        Map<String, RuleSource> out = new LinkedHashMap<>();
        version.rules().forEach(r -> out.put(r.name(), r));
        return out;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    /** A rule's text without its {@code @reemplaza}, comments and spacing: what it says, not how it is laid out. */
    private static String normal(String text) {
        return text.replaceAll("//[^\n]*", "").replace("@reemplaza", "").replaceAll("\\s+", " ").strip();
    }

    /** Text, {@code es} or {@code en}: one block per kind of change, each line in the law's terms. */
    public String toText(String lang) {
        boolean en = "en".equalsIgnoreCase(lang);
        StringBuilder out = new StringBuilder();
        out.append(en ? "Changes from " : "Cambios de ").append(from).append(en ? " to " : " a ").append(to).append('\n');
        if (changesNothing()) {
            return out.append(en ? "  none\n" : "  ninguno\n").toString();
        }
        if (!windows.isEmpty()) {
            out.append('\n').append(en ? "Windows that move:" : "Ventanas que se mueven:").append('\n');
            for (WindowMove w : windows) {
                out.append("  ").append(String.format("%-22s %-11s %s → %s", label(w, en), reading(w.reading(), en),
                        window(w.before(), w.byEventBefore(), en), window(w.after(), w.byEventAfter(), en)));
                out.append("  (").append(days(w, en)).append(")\n");
            }
        }
        if (!exclusions.isEmpty()) {
            out.append('\n').append(en ? "Exclusions:" : "Exclusiones:").append('\n');
            for (ExclusionChange x : exclusions) {
                out.append(String.format("  %-34s %s → %s%n", x.offense(), readings(x.before(), en), readings(x.after(), en)));
            }
        }
        Messages ui = Messages.ui(en ? "en" : "es");
        list(out, en ? "Doubts that appear" : "Dudas que aparecen",
                doubtsAppear.stream().map(d -> ui.format("duda." + d)).toList());
        list(out, en ? "Doubts that disappear" : "Dudas que desaparecen",
                doubtsDisappear.stream().map(d -> ui.format("duda." + d)).toList());
        list(out, en ? "Rules replaced" : "Reglas reemplazadas", rulesReplaced);
        list(out, en ? "Rules repealed" : "Reglas derogadas", rulesRepealed);
        list(out, en ? "Rules added" : "Reglas añadidas", rulesAdded);
        return out.toString();
    }

    /** {@code Art. 8.12}, {@code Art. 6.3 + 6.4 → 8.3} when the numbering differs, or the temporal scope. */
    public static String label(WindowMove w, boolean en) {
        if (w.event().equals(SCOPE)) {
            return en ? "temporal scope" : "ámbito temporal";
        }
        String a = w.numeralFrom().isEmpty() ? "—" : w.numeralFrom();
        String b = w.numeralTo().isEmpty() ? "—" : w.numeralTo();
        return "Art. " + (a.equals(b) ? a : a + " → " + b);
    }

    /** A window as the text shows it: {@code 2016-01-05..2021-01-05 (por hecho)} for a BY EVENT numeral. */
    public static String window(String spans, boolean byEvent, boolean en) {
        return spans + (byEvent && !spans.equals("—") ? (en ? " (by event)" : " (por hecho)") : "");
    }

    public static String reading(String id, boolean en) {
        return "strict".equals(id) ? (en ? "strict" : "estricta") : (en ? "favourable" : "favorable");
    }

    public static String days(WindowMove w, boolean en) {
        List<String> parts = new ArrayList<>();
        if (w.daysGained() > 0) {
            parts.add(String.format(locale(en), "+%,d %s", w.daysGained(), en ? "days" : "días"));
        }
        if (w.daysLost() > 0) {
            parts.add(String.format(locale(en), "−%,d %s", w.daysLost(), en ? "days" : "días"));
        }
        return parts.isEmpty() ? (en ? "same days" : "mismos días") : String.join(", ", parts);
    }

    private static Locale locale(boolean en) {
        return en ? Locale.ENGLISH : Locale.forLanguageTag("es");
    }

    public static String readings(List<String> ids, boolean en) {
        if (ids.isEmpty()) {
            return en ? "not excluded" : "no excluido";
        }
        return (en ? "excluded (" : "excluido (") + ids.stream().map(r -> reading(r, en)).collect(Collectors.joining(", "))
                + ")";
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(title).append(" (").append(items.size()).append("):\n");
            items.forEach(i -> out.append("  ").append(i).append('\n'));
        }
    }
}
