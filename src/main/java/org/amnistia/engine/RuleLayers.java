package org.amnistia.engine;

import org.amnistia.engine.facts.Charge;
import org.amnistia.engine.facts.Subject;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order in which rules fire: the one guarantee that a conclusion drawn from the absence of a
 * fact needs ("no numeral covers the conduct" only once every numeral has had its say).
 * <ul>
 *   <li>Layer 0 (no {@code salience}): every rule that concludes from facts that are there.</li>
 *   <li>A negative layer: every rule with a {@code not} or {@code exists} over a fact that rules
 *       derive. It fires once every rule of the layers above has fired, so the facts it looks for
 *       are all there. In {@code ley-2026}: -10 (a numeral covers; no charge is excluded), -20 (a
 *       numeral would cover with a missing fact), -30 (no numeral covers), -100 (the decision).</li>
 * </ul>
 * The facts the program inserts before the rules fire (the subject and its charges) are all there
 * from the start: a rule may test their absence in layer 0. Checked when a version loads, so a
 * proposal cannot draw a conclusion too early. (Layers replaced truth maintenance,
 * {@code insertLogical}: the same verdicts, 8–10% faster on a roster.)
 */
final class RuleLayers {

    /** Inserted by the program before the rules fire. */
    private static final Set<Class<?>> GIVEN = Set.of(Subject.class, Charge.class);

    private static final String DECISION_FILE = "decision.drl";

    private static final java.util.regex.Pattern INSERT_LOGICAL =
            java.util.regex.Pattern.compile("^[^/]*\\binsertLogical\\s*\\(");

    private RuleLayers() {
    }

    /** Lines of a rule file that use truth maintenance, which the engine does not load. */
    static List<String> insertLogicalLines(String file, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (INSERT_LOGICAL.matcher(lines[i]).find()) {
                problems.add(file + ":" + (i + 1) + ": insertLogical no se usa: una regla que concluye de la ausencia"
                        + " de un hecho lleva una capa (salience negativa, CONTRIBUTING.md) | insertLogical is not"
                        + " used: a rule concluding from an absence takes a layer (negative salience)");
            }
        }
        return problems;
    }

    /** What breaks the layers in a compiled version; empty when nothing does. */
    static List<String> problems(KieBase kieBase) {
        List<RuleImpl> rules = CompiledRules.of(kieBase);
        List<String> problems = new ArrayList<>();
        int lowestOutsideDecision = 0;
        for (RuleImpl rule : rules) {
            String where = CompiledRules.file(rule) + ": «" + rule.getName() + "»: ";
            if (!rule.isMainAgendaGroup() || rule.getSalience().isDynamic()) {
                problems.add(where + "sin grupos de agenda ni salience calculada | no agenda groups nor computed salience");
                continue;
            }
            int layer = rule.getSalience().getValue();
            Set<String> absent = new TreeSet<>();
            for (CompiledRules.Match match : CompiledRules.matches(rule)) {
                if (match.underAbsence() && !GIVEN.contains(match.type())) {
                    absent.add(match.type().getSimpleName());
                }
            }
            if (!absent.isEmpty() && layer >= 0) {
                problems.add(where + "lee con not/exists " + absent + ", que derivan otras reglas: necesita una capa"
                        + " (salience negativa) | reads " + absent + ", which rules derive, with not/exists: needs a layer"
                        + " (negative salience)");
            } else if (absent.isEmpty() && layer != 0) {
                problems.add(where + "concluye de hechos presentes: va en la capa 0, sin salience"
                        + " | concludes from facts present: belongs to layer 0, without salience");
            }
            if (!DECISION_FILE.equals(CompiledRules.file(rule))) {
                lowestOutsideDecision = Math.min(lowestOutsideDecision, layer);
            }
        }
        for (RuleImpl rule : rules) {
            if (DECISION_FILE.equals(CompiledRules.file(rule)) && rule.getSalience().getValue() >= lowestOutsideDecision) {
                problems.add(DECISION_FILE + ": «" + rule.getName() + "»: la decisión va en la última capa, debajo de "
                        + lowestOutsideDecision + " | the decision belongs to the last layer, below " + lowestOutsideDecision);
            }
        }
        return problems;
    }
}
