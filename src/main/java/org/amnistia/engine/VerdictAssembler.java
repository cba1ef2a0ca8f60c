package org.amnistia.engine;

import org.amnistia.engine.facts.CaseFacts;
import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.engine.facts.Status;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the verdict of docs/spec/semantica.md §3 from what the rules concluded: the articles of the checks
 * that decided, the questions still open, the obligations, and Art. 5 where a doubt was resolved
 * for the person. What the amnesty would do (its effects, the Art. 4 advice, the duties) is said
 * only of a case it covers: left out of a NOT_ELIGIBLE verdict, stated as a condition in an
 * UNDETERMINED one. Knows the shape of a verdict, not any article; of the questions, it knows that a
 * known but imprecise date is asked to be made exact, and that a question quotes what its finding
 * is about (the charge, the numeral).
 */
final class VerdictAssembler {

    /** A finding with the order of its article worked out once: a roster sorts a dozen per case. */
    private record Sortable(Finding finding, int article) {
        static Sortable of(Finding f) {
            return new Sortable(f, ArticleOrder.key(f.getArticle()));
        }
    }

    /**
     * Findings in a fixed order, never the order the rules fired in: by article, status and message,
     * then by what they quote (a numeral with two windows: the earlier window first).
     */
    private static final Comparator<Sortable> FINDING_ORDER = (x, y) -> {
        Finding a = x.finding();
        Finding b = y.finding();
        int c = ArticleOrder.INSTANCE.compare(a.getArticle(), x.article(), b.getArticle(), y.article());
        if (c == 0) {
            c = a.getStatus().compareTo(b.getStatus());
        }
        if (c == 0) {
            c = a.getMessageKey().compareTo(b.getMessageKey());
        }
        if (c == 0) {
            c = a.getArgs().toString().compareTo(b.getArgs().toString());
        }
        return c;
    };

    private static final Comparator<Obligation> OBLIGATION_ORDER = Comparator
            .comparing(Obligation::getArticle, ArticleOrder.INSTANCE)
            .thenComparing(Obligation::getMessageKey);

    private VerdictAssembler() {
    }

    /**
     * @param favourability the article of the rule of interpretation (Art. 5), cited when a doubt
     *                      is resolved for the person
     */
    static Verdict assemble(CaseFacts facts, String law, String favourability, Reading reading,
                            SubjectOutcome outcome, Map<String, Decision> alternatives) {
        Decision decision = outcome.decision();
        List<String> doubts = List.copyOf(alternatives.keySet());
        boolean favoured = reading == Reading.FAVOURABLE && !doubts.isEmpty();

        List<Sortable> sorted = new ArrayList<>(outcome.findings.size());
        for (Finding f : outcome.findings) {
            sorted.add(Sortable.of(f));
        }
        sorted.sort(FINDING_ORDER);
        List<Verdict.Finding> findings = new ArrayList<>(sorted.size() + doubts.size());
        if (favoured) {
            for (String doubt : doubts) {
                findings.add(SharedReasons.finding(favourability, FindingOutcome.FAVOURS, "favorece." + doubt, List.of()));
            }
        }
        TreeSet<String> articles = new TreeSet<>(ArticleOrder.INSTANCE);
        Map<String, Finding> missing = new TreeMap<>(MissingFacts.ORDER);
        Status deciding = switch (decision) {
            case ELIGIBLE -> Status.PASS;
            case NOT_ELIGIBLE -> Status.FAIL;
            case UNDETERMINED -> Status.PENDING;
        };
        for (Sortable s : sorted) {
            Finding f = s.finding();
            if (f.isEffect() && decision == Decision.NOT_ELIGIBLE) {
                continue; // what the amnesty would do is not true of a case it does not cover
            }
            findings.add(SharedReasons.finding(f.getArticle(), f.getOutcome(), f.getMessageKey(), f.getArgs(),
                    f.isEffect() && decision == Decision.UNDETERMINED));
            if (f.getStatus() == deciding) {
                articles.add(f.getArticle());
            }
            if (decision == Decision.UNDETERMINED && f.getStatus() == Status.PENDING) {
                missing.putIfAbsent(f.getMissingFact(), f);
            }
        }
        if (favoured) { // the rest is in article order already: put Art. 5 in its place (a stable sort)
            findings.sort(Comparator.comparing(Verdict.Finding::article, ArticleOrder.INSTANCE));
        }
        if (favoured && decision == Decision.ELIGIBLE) {
            articles.add(favourability);
        }

        List<Verdict.Missing> questions = new ArrayList<>(missing.size());
        for (Map.Entry<String, Finding> m : missing.entrySet()) {
            String key = questionKey(m.getKey(), facts);
            List<Object> args = m.getValue().getArgs(); // the charge, or the numeral, the question is about
            questions.add(SharedReasons.question(m.getKey(), key, args));
        }

        List<Verdict.Obligation> obligations = new ArrayList<>();
        if (decision != Decision.NOT_ELIGIBLE) {
            List<Obligation> duties = new ArrayList<>(outcome.obligations);
            duties.sort(OBLIGATION_ORDER);
            for (Obligation o : duties) {
                obligations.add(SharedReasons.obligation(o.getArticle(), o.getMessageKey(), o.getArgs(),
                        decision == Decision.UNDETERMINED));
            }
        }
        TreeSet<String> examined = new TreeSet<>(ArticleOrder.INSTANCE);
        findings.forEach(f -> examined.add(f.article())); // every deciding article has its finding among them
        return new Verdict(facts.file().id(), law, reading.id(), decision, List.copyOf(articles),
                List.copyOf(examined), findings, doubts, questions, obligations, alternatives);
    }

    /** A date that is missing is asked for; a month or a year that must be made exact is asked to be. */
    private static String questionKey(String fact, CaseFacts facts) {
        String key = MissingFacts.questionKey(fact);
        return fact.equals("conduct.from") && facts.conductKnown() ? key + ".precisar" : key;
    }
}
