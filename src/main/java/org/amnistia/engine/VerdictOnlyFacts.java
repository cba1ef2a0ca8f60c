package org.amnistia.engine;

import org.amnistia.engine.facts.Derived;
import org.amnistia.engine.facts.Obligation;
import org.amnistia.engine.facts.Ruling;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Duties and the ruling are concluded for the verdict alone ({@link Derived#conclude}): they never
 * enter working memory, so a rule that matched one would never fire. Such a rule is refused when
 * its version loads, naming it. (Notes and Art. 4 guidance are concluded too, but they are findings,
 * a type the decision reads: that no rule reads a note is a rule of CONTRIBUTING.md.)
 */
final class VerdictOnlyFacts {

    private static final Set<Class<?>> CONCLUDED = Set.of(Obligation.class, Ruling.class);

    private VerdictOnlyFacts() {
    }

    /** The rules of a compiled version that match a fact concluded for the verdict alone. */
    static List<String> problems(KieBase kieBase) {
        List<String> problems = new ArrayList<>();
        for (RuleImpl rule : CompiledRules.of(kieBase)) {
            for (CompiledRules.Match match : CompiledRules.matches(rule)) {
                if (CONCLUDED.contains(match.type())) {
                    String type = match.type().getSimpleName();
                    problems.add(CompiledRules.file(rule) + ": «" + rule.getName() + "»: lee " + type + ", que las reglas"
                            + " concluyen solo para el veredicto y nunca entra en la memoria de trabajo | reads " + type
                            + ", which rules conclude for the verdict alone: it is never in working memory");
                }
            }
        }
        return problems;
    }
}
