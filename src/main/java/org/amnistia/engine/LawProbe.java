package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;
import org.amnistia.engine.facts.CaseFacts;
import org.amnistia.engine.facts.Contact;
import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.RuleMeta;
import org.amnistia.engine.facts.Subject;
import org.amnistia.engine.facts.TemporalScope;
import org.amnistia.engine.facts.Window;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawDiff;
import org.amnistia.law.NumeralWindows;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads back what a version encodes by asking its own rules: a probe conduct spanning
 * 1990–2030, wider than any window, touches every window, so the numerals' rules reveal their windows under each
 * reading. A numeral the probe cannot reach (conditioned on a charge) is read from the rules'
 * metadata and the windows they write. The dates are typed once, in the DRL; nothing here repeats them.
 */
public final class LawProbe {

    private static final PartialDate PROBE_FROM = PartialDate.parse("1990-01-01");
    private static final PartialDate PROBE_TO = PartialDate.parse("2030-12-31");

    private LawProbe() {
    }

    public static EncodedLaw describe(Engine engine) {
        RuleBase rules = engine.rules();
        CaseFile probe = new CaseFile("probe", null,
                new CaseFile.Conduct(PROBE_FROM, PROBE_TO, true, true, null, true), List.of(), null, null, null, null);
        CaseFacts facts = new CaseFacts(probe, engine.runDate());
        Map<String, Builder> numerals = new TreeMap<>(ArticleOrder.INSTANCE);
        NumeralWindows.Span[] scope = new NumeralWindows.Span[2];
        for (int strict = 0; strict < 2; strict++) {
            KieSession session = rules.kieBase().newKieSession();
            try {
                session.setGlobal("eventos", rules.events());
                // What the rules derive is read as they insert it, as verdicts are (SessionOutcomes):
                // a session of an immutable rule base keeps only the facts some rule can still match.
                List<Object> derived = new ArrayList<>();
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        derived.add(event.getObject());
                    }
                });
                // Only the windows are read back; what the rules conclude for a verdict is dropped.
                session.insert(new Subject(facts, strict == 0 ? 0 : Doubts.ALL, (conclusion, present) -> { }));
                session.fireAllRules();
                for (Object o : derived) {
                    if (o instanceof TemporalScope t) {
                        scope[strict] = span(t.getWindow());
                    } else if (o instanceof Contact c) {
                        Builder b = numerals.computeIfAbsent(c.getNumeral(), k -> new Builder(c));
                        (strict == 0 ? b.favourable : b.strict).add(span(c.getWindow()));
                        b.doubts.addAll(Doubts.ids(c.getDoubts()));
                    }
                }
            } finally {
                session.dispose();
            }
        }
        written(rules, numerals);
        List<NumeralWindows> list = new ArrayList<>();
        numerals.values().forEach(b -> list.add(b.build()));
        List<EncodedLaw.RuleLine> lines = new ArrayList<>();
        for (RuleMeta meta : rules.rules()) {
            lines.add(new EncodedLaw.RuleLine(meta.name(), meta.article(), Doubts.ids(meta.doubts()), meta.reading()));
        }
        lines.sort(Comparator.comparing(EncodedLaw.RuleLine::article, ArticleOrder.INSTANCE)
                .thenComparing(EncodedLaw.RuleLine::name));
        var version = rules.version();
        return new EncodedLaw(version.label(), version.title(), version.status(), version.source(),
                scope[0], scope[1], List.copyOf(list), List.copyOf(lines));
    }

    /**
     * The numerals the probe cannot reach, read from the rules' metadata: a numeral conditioned on a
     * fact the probe does not have (a charge, {@code exists Charge( code == "INCITACION_ODIO" )}) is
     * still a numeral of the version. Each rule with {@code @evento} whose numeral ({@code @articulo})
     * no probe revealed gives the windows it writes ({@code window("…", "…")}), under the reading of
     * its {@code @lectura} (both without one), BY EVENT when it derives {@code Contact.byEvent}.
     */
    private static void written(RuleBase rules, Map<String, Builder> numerals) {
        Set<String> probed = new HashSet<>(numerals.keySet());
        for (RuleMeta meta : rules.rules()) {
            var source = rules.version().rule(meta.name());
            if (meta.event() == null || probed.contains(meta.article()) || source == null) {
                continue;
            }
            Builder b = numerals.computeIfAbsent(meta.article(),
                    k -> new Builder(meta.article(), meta.event(), source.text().contains("Contact.byEvent")));
            for (NumeralWindows.Span w : NumeralWindows.written(source.text())) {
                if (!"estricta".equals(meta.reading())) {
                    b.favourable.add(w);
                }
                if (!"favorable".equals(meta.reading())) {
                    b.strict.add(w);
                }
            }
            b.doubts.addAll(Doubts.ids(meta.doubts()));
        }
    }

    /** The version as {@link LawDiff} reads it: its rules as written, its windows and what it excludes. */
    public static LawDiff.Side side(Engine engine) {
        return new LawDiff.Side(engine.rules().version(), describe(engine), ExclusionProbe.of(engine));
    }

    private static NumeralWindows.Span span(Window w) {
        return new NumeralWindows.Span(w.from(), w.to());
    }

    private static final class Builder {
        final String numeral;
        final String event;
        final boolean byEvent;
        final TreeSet<NumeralWindows.Span> favourable = new TreeSet<>(Comparator.comparing(NumeralWindows.Span::from));
        final TreeSet<NumeralWindows.Span> strict = new TreeSet<>(Comparator.comparing(NumeralWindows.Span::from));
        final TreeSet<String> doubts = new TreeSet<>();

        Builder(Contact first) {
            this(first.getNumeral(), first.getEvent(), first.isByEvent());
        }

        Builder(String numeral, String event, boolean byEvent) {
            this.numeral = numeral;
            this.event = event;
            this.byEvent = byEvent;
        }

        NumeralWindows build() {
            return new NumeralWindows(numeral, event, byEvent, List.copyOf(favourable), List.copyOf(strict),
                    List.copyOf(doubts));
        }
    }
}
