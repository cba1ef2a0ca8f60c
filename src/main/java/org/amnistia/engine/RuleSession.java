package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.facts.CaseFacts;
import org.amnistia.engine.facts.Condition;
import org.amnistia.engine.facts.Charge;
import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.Finding;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.engine.facts.Ruling;
import org.amnistia.engine.facts.Subject;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.Recognition;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates chunks of cases in one rule session per chunk. Every case is evaluated under the
 * chosen reading and under the other one; only where their verdicts differ are the doubts that
 * could explain the difference switched one at a time (semantics.md §3, {@code doubts}).
 * Used by one thread at a time.
 */
public final class RuleSession implements ChunkEvaluator {

    private final RuleBase rules;
    private final Reading reading;
    private final LocalDate defaultAsOf;
    private final OffenseCatalog catalog = OffenseCatalog.standard();

    RuleSession(RuleBase rules, Reading reading, LocalDate defaultAsOf) {
        this.rules = rules;
        this.reading = reading;
        this.defaultAsOf = defaultAsOf;
    }

    /**
     * Cases per rule session. Measured on a generated roster: the cost per case is lowest around a
     * hundred cases; much larger sessions grow their indexes and slow down.
     */
    static final int CASES_PER_SESSION = 100;

    @Override
    public List<Verdict> evaluate(List<CaseFile> cases) {
        if (cases.size() <= CASES_PER_SESSION) {
            return evaluateInOneSession(cases);
        }
        List<Verdict> verdicts = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i += CASES_PER_SESSION) {
            verdicts.addAll(evaluateInOneSession(cases.subList(i, Math.min(cases.size(), i + CASES_PER_SESSION))));
        }
        return verdicts;
    }

    private List<Verdict> evaluateInOneSession(List<CaseFile> cases) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("eventos", rules.events());
            int chosen = reading == Reading.FAVOURABLE ? 0 : Doubts.ALL;
            int other = chosen ^ Doubts.ALL;
            List<CaseRun> runs = new ArrayList<>(cases.size());
            for (CaseFile file : cases) {
                CaseRun run = new CaseRun(new CaseFacts(file, defaultAsOf), recognise(file));
                run.chosen = run.insert(session, chosen);
                run.other = run.insert(session, other);
                runs.add(run);
            }
            session.fireAllRules();
            Map<Subject, SubjectOutcome> outcomes = collect(session);
            boolean switched = false;
            for (CaseRun run : runs) {
                SubjectOutcome a = outcomes.get(run.chosen);
                SubjectOutcome b = outcomes.get(run.other);
                if (a.decision != b.decision) {
                    int candidates = a.doubtsDifferingFrom(b);
                    for (int i = 0; i < Doubts.COUNT; i++) {
                        int bit = 1 << i;
                        if ((candidates & bit) != 0) {
                            run.switched.put(bit, new Subject[]{run.insert(session, chosen ^ bit),
                                    run.insert(session, other ^ bit)});
                            switched = true;
                        }
                    }
                }
            }
            if (switched) {
                session.fireAllRules();
                outcomes = collect(session);
            }
            List<Verdict> verdicts = new ArrayList<>(runs.size());
            for (CaseRun run : runs) {
                verdicts.add(verdictOf(run, outcomes));
            }
            return verdicts;
        } finally {
            session.dispose();
        }
    }

    private Verdict verdictOf(CaseRun run, Map<Subject, SubjectOutcome> outcomes) {
        SubjectOutcome chosen = outcomes.get(run.chosen);
        SubjectOutcome other = outcomes.get(run.other);
        Map<String, Decision> alternatives = new LinkedHashMap<>();
        for (Map.Entry<Integer, Subject[]> e : run.switched.entrySet()) {
            Decision fromChosen = outcomes.get(e.getValue()[0]).decision;
            Decision fromOther = outcomes.get(e.getValue()[1]).decision;
            if (fromChosen != chosen.decision || fromOther != other.decision) {
                alternatives.put(Doubts.ids(e.getKey()).get(0), fromChosen);
            }
        }
        return VerdictAssembler.assemble(run.facts, rules.version().id(), reading, chosen, alternatives);
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

    private static Map<Subject, SubjectOutcome> collect(KieSession session) {
        Map<Subject, SubjectOutcome> outcomes = new IdentityHashMap<>();
        for (Object o : session.getObjects(o -> o instanceof Derived)) {
            Derived d = (Derived) o;
            SubjectOutcome outcome = outcomes.computeIfAbsent(d.getSubject(), s -> new SubjectOutcome());
            if (o instanceof Finding f) {
                outcome.findings.add(f);
            } else if (o instanceof Obligation ob) {
                outcome.obligations.add(ob);
            } else if (o instanceof Condition c) {
                outcome.conditions.add(c);
            } else if (o instanceof Ruling r) {
                outcome.decision = r.getDecision();
            }
        }
        return outcomes;
    }

    /** One case in the session: its facts and the subjects inserted for it. */
    private static final class CaseRun {
        final CaseFacts facts;
        final List<Recognition> recognitions;
        Subject chosen;
        Subject other;
        /** Doubt bit → {chosen reading with it switched, other reading with it switched}. */
        final Map<Integer, Subject[]> switched = new LinkedHashMap<>();

        CaseRun(CaseFacts facts, List<Recognition> recognitions) {
            this.facts = facts;
            this.recognitions = recognitions;
        }

        Subject insert(KieSession session, int strictDoubts) {
            Subject subject = new Subject(facts, strictDoubts);
            session.insert(subject);
            List<CaseFile.Charge> charges = facts.file().charges();
            for (int i = 0; i < recognitions.size(); i++) {
                session.insert(new Charge(subject, i, charges.get(i), recognitions.get(i)));
            }
            return subject;
        }
    }
}
