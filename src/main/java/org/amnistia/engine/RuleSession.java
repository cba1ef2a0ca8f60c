package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.facts.CaseFacts;
import org.amnistia.engine.facts.Charge;
import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.Subject;
import org.amnistia.law.LawLoadException;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.Recognition;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Evaluates chunks of cases in rule sessions, and finds the doubts each verdict depends on
 * (docs/spec/semantica.md §3) with as few evaluations as the law allows:
 * <ol>
 *   <li>every case under the chosen reading;</li>
 *   <li>under the other reading, unless monotonicity settles it: every check is monotone in every
 *       doubt (a strict reading never favours the person more), so a case NOT_ELIGIBLE under the
 *       favourable reading, or ELIGIBLE under the strict one, is the same under every reading and
 *       depends on no doubt;</li>
 *   <li>where the two readings differ, only the candidates can matter: the doubts read by the
 *       findings that differ ({@link ReadingEnds}). The ends are compared part by part (a check, or
 *       one charge for Art. 9), which settles the verdict of every switch that leaves each part
 *       wholly at one end; only the other switches are evaluated: each candidate alone from the
 *       chosen end, and from the other end only where that left the verdict alone.</li>
 * </ol>
 * Used by one thread at a time; close it to dispose of its rule session.
 */
public final class RuleSession implements ChunkEvaluator {

    /**
     * Cases per rule session. Measured on a generated roster: the cost per case is lowest around a
     * hundred cases; much larger sessions grow their indexes and slow down.
     */
    static final int CASES_PER_SESSION = 100;

    /**
     * A case fires a few dozen rules. A proposal whose rule re-activates itself would fire without
     * end: past this many firings per case the evaluation stops and names the rule.
     */
    static final int FIRINGS_PER_CASE = 10_000;

    /**
     * A session of rules compiled at run time belongs to one worker thread, so inserts propagate at
     * once instead of through Drools' synchronized queue of pending propagations.
     */
    private static final KieSessionConfiguration SINGLE_THREAD = singleThread();

    private final RuleBase rules;
    private final Reading reading;
    private final LocalDate defaultAsOf;
    /** Whether to search the doubts (docs/spec/semantica.md §3); only a benchmark turns it off. */
    private final boolean findDoubts;
    private final OffenseCatalog catalog;
    /**
     * One rule session, emptied after each group of cases rather than made anew: a reset keeps
     * its memories at the size they grew to (measured: 13% less time per case than a new session
     * for every hundred cases).
     */
    private KieSession session;
    private long readingsEvaluated;

    RuleSession(RuleBase rules, Reading reading, LocalDate defaultAsOf, OffenseCatalog catalog, boolean findDoubts) {
        this.rules = rules;
        this.reading = reading;
        this.defaultAsOf = defaultAsOf;
        this.catalog = catalog;
        this.findDoubts = findDoubts;
    }

    @Override
    public List<Verdict> evaluate(List<CaseFile> cases) {
        List<Verdict> verdicts = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i += CASES_PER_SESSION) {
            verdicts.addAll(evaluateInOneSession(cases.subList(i, Math.min(cases.size(), i + CASES_PER_SESSION))));
        }
        return verdicts;
    }

    private List<Verdict> evaluateInOneSession(List<CaseFile> cases) {
        if (session == null) {
            // The executable model's consequences keep their argument buffers in the KieBase, shared by
            // every session, when a session is not thread-safe: two worker threads would fill each
            // other's. Its sessions keep Drools' default (measured: no slower on a roster).
            session = rules.kieBase().newKieSession(rules.builtWithJar() ? null : SINGLE_THREAD, null);
        }
        SessionOutcomes outcomes = new SessionOutcomes();
        session.addEventListener(outcomes);
        boolean settled = false;
        try {
            session.setGlobal("eventos", rules.events());
            int chosen = reading == Reading.FAVOURABLE ? 0 : Doubts.ALL;
            List<CaseRun> runs = new ArrayList<>(cases.size());
            for (CaseFile file : cases) {
                CaseRun run = new CaseRun(new CaseFacts(file, defaultAsOf), recognise(file), chosen);
                run.evaluate(session, chosen);
                runs.add(run);
            }
            fire(cases.size());
            if (findDoubts) {
                // Each round inserts the subjects the last one showed to be needed, then fires once.
                round(runs, run -> !settledByMonotonicity(outcomes.of(run.subject(chosen)).decision())
                        && run.evaluate(session, chosen ^ Doubts.ALL));
                round(runs, run -> run.switchCandidatesFromChosen(session, outcomes));
                round(runs, run -> run.switchCandidatesFromOther(session, outcomes));
            }

            List<Verdict> verdicts = new ArrayList<>(runs.size());
            for (CaseRun run : runs) {
                readingsEvaluated += run.inserted;
                verdicts.add(VerdictAssembler.assemble(run.facts, rules.version().label(), rules.favourabilityArticle(),
                        reading, outcomes.of(run.subject(chosen)), run.alternatives(outcomes)));
            }
            settled = true;
            return verdicts;
        } finally {
            session.removeEventListener(outcomes);
            if (settled) {
                ((StatefulKnowledgeSessionImpl) session).reset();
            } else {
                close(); // a rule failed half-way: the next chunk starts from a new session
            }
        }
    }

    private static KieSessionConfiguration singleThread() {
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        return conf;
    }

    @Override
    public long readingsEvaluated() {
        return readingsEvaluated;
    }

    /** Disposes of the rule session (a KieBase keeps every session until it is disposed). */
    @Override
    public void close() {
        if (session != null) {
            session.dispose();
            session = null;
        }
    }

    /** Lets every case insert what it needs next; fires the rules once if any did. */
    private void round(List<CaseRun> runs, Predicate<CaseRun> step) {
        boolean inserted = false;
        for (CaseRun run : runs) {
            inserted |= step.test(run);
        }
        if (inserted) {
            fire(runs.size());
        }
    }

    /** Fires the agenda; a rule that keeps re-activating itself is a defect of the version, named. */
    private void fire(int cases) {
        int limit = FIRINGS_PER_CASE * Math.max(1, cases);
        if (session.fireAllRules(limit) < limit) {
            return;
        }
        Map<String, Integer> firings = new HashMap<>();
        Map<String, Integer> updates = new HashMap<>();
        AgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        };
        // A rule that updates a fact re-activates every rule matching it, and they all fire as often as
        // it does: the one that updates is the one to name, whatever order the rules load in.
        RuleRuntimeEventListener updater = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                if (event.getRule() != null) {
                    updates.merge(event.getRule().getName(), 1, Integer::sum);
                }
            }
        };
        session.addEventListener(counter);
        session.addEventListener(updater);
        session.fireAllRules(1_000);
        session.removeEventListener(counter);
        session.removeEventListener(updater);
        String rule = (updates.isEmpty() ? firings : updates).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("?");
        throw new LawLoadException("la versión «" + rules.version().id() + "» no termina: la regla «" + rule
                + "» se activa una y otra vez (más de " + FIRINGS_PER_CASE + " disparos por caso) | the version «"
                + rules.version().id() + "» does not terminate: rule «" + rule + "» keeps re-activating itself");
    }

    /** The chosen reading is an extreme: at its own end of the order, no doubt can move the verdict. */
    private boolean settledByMonotonicity(Decision decision) {
        return reading == Reading.FAVOURABLE ? decision == Decision.NOT_ELIGIBLE : decision == Decision.ELIGIBLE;
    }

    private List<Recognition> recognise(CaseFile file) {
        if (file.charges() == null) {
            return List.of();
        }
        List<Recognition> out = new ArrayList<>(file.charges().size());
        for (CaseFile.Charge charge : file.charges()) {
            out.add(catalog.recognise(charge.offense()));
        }
        return out;
    }

    /** One case in the session: its facts and its subjects, by the doubts each reads strictly. */
    private static final class CaseRun {
        final CaseFacts facts;
        final List<Recognition> recognitions;
        final int chosen;
        final Map<Integer, Subject> subjects = new LinkedHashMap<>(4);
        /** Both ends compared part by part, once they were evaluated and differ; else {@code null}. */
        ReadingEnds ends;
        /** Candidates shown, switched together, to leave the verdict at the other end alone. */
        int leftAloneFromOther;
        /** Subjects inserted: evaluations of this case under one reading. */
        int inserted;

        CaseRun(CaseFacts facts, List<Recognition> recognitions, int chosen) {
            this.facts = facts;
            this.recognitions = recognitions;
            this.chosen = chosen;
        }

        Subject subject(int strictDoubts) {
            return subjects.get(strictDoubts);
        }

        /** Inserts the subject of this case under a reading, unless it is there already; whether it was not. */
        boolean evaluate(KieSession session, int strictDoubts) {
            if (subjects.containsKey(strictDoubts)) {
                return false;
            }
            Subject subject = SessionOutcomes.subject(facts, strictDoubts);
            subjects.put(strictDoubts, subject);
            session.insert(subject);
            inserted++;
            List<CaseFile.Charge> charges = facts.file().charges();
            for (int i = 0; i < recognitions.size(); i++) {
                session.insert(new Charge(subject, i, charges.get(i), recognitions.get(i)));
            }
            return true;
        }

        /**
         * The verdict of the reading that takes the doubts in {@code switched} from the other end
         * and the rest from the chosen one: evaluated, or settled by the two ends; {@code null}
         * when neither.
         */
        Decision decision(SessionOutcomes outcomes, int switched) {
            Subject subject = subjects.get(chosen ^ switched);
            if (subject != null) {
                return outcomes.of(subject).decision();
            }
            return ends == null ? null : ends.decisionSwitching(switched);
        }

        /**
         * Where both ends were evaluated and differ, switches each candidate doubt alone from the
         * chosen reading, unless the ends settle the verdict that gives.
         */
        boolean switchCandidatesFromChosen(KieSession session, SessionOutcomes outcomes) {
            Subject other = subject(chosen ^ Doubts.ALL);
            if (other == null || outcomes.of(subject(chosen)).decision() == outcomes.of(other).decision()) {
                return false;
            }
            ends = ReadingEnds.compare(outcomes.of(subject(chosen)), outcomes.of(other));
            boolean more = false;
            for (int bit : bits(ends.candidates())) {
                if (decision(outcomes, bit) == null) {
                    more |= evaluate(session, chosen ^ bit);
                }
            }
            return more;
        }

        /**
         * Switches from the other end only the candidates whose switch from the chosen one left the
         * verdict alone: a doubt that moves the verdict from one end is in, whatever it does from
         * the other. Only candidates distinguish readings, so the other end with a doubt switched
         * is the chosen one with every other candidate switched. When the candidates that left the
         * verdict alone, switched back together from the other end, leave it alone too, so does
         * each of them alone, by monotonicity, and nothing more is evaluated.
         */
        boolean switchCandidatesFromOther(KieSession session, SessionOutcomes outcomes) {
            if (ends == null) {
                return false;
            }
            int candidates = ends.candidates();
            Decision atChosen = decision(outcomes, 0);
            Decision atOther = decision(outcomes, Doubts.ALL);
            int leftAlone = 0;
            for (int bit : bits(candidates)) {
                if (decision(outcomes, bit) == atChosen) {
                    leftAlone |= bit;
                }
            }
            if (Integer.bitCount(leftAlone) > 1 && decision(outcomes, candidates ^ leftAlone) == atOther) {
                leftAloneFromOther = leftAlone;
                return false;
            }
            boolean more = false;
            for (int bit : bits(leftAlone)) {
                if (decision(outcomes, candidates ^ bit) == null) {
                    more |= evaluate(session, chosen ^ candidates ^ bit);
                }
            }
            return more;
        }

        /** For each doubt whose switch alone moves the verdict from either end: the verdict it gives. */
        Map<String, Decision> alternatives(SessionOutcomes outcomes) {
            Map<String, Decision> alternatives = new LinkedHashMap<>();
            if (ends == null) {
                return alternatives;
            }
            int candidates = ends.candidates();
            Decision atChosen = decision(outcomes, 0);
            Decision atOther = decision(outcomes, Doubts.ALL);
            for (int bit : bits(candidates)) {
                Decision fromChosen = decision(outcomes, bit);
                boolean moves = fromChosen != atChosen || (leftAloneFromOther & bit) == 0
                        && decision(outcomes, candidates ^ bit) != atOther;
                if (moves) {
                    alternatives.put(Doubts.ids(bit).get(0), fromChosen);
                }
            }
            return alternatives;
        }

        private static int[] bits(int mask) {
            int[] out = new int[Integer.bitCount(mask)];
            int n = 0;
            for (int i = 0; i < Doubts.COUNT; i++) {
                if ((mask & (1 << i)) != 0) {
                    out[n++] = 1 << i;
                }
            }
            return out;
        }
    }
}
