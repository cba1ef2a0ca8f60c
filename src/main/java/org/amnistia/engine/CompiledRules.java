package org.amnistia.engine;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.List;

/** What the checks made when a version loads read of its compiled rules. */
final class CompiledRules {

    /** A fact type a rule's conditions match, and whether a {@code not} or {@code exists} looks for it. */
    record Match(Class<?> type, boolean underAbsence) {
    }

    private CompiledRules() {
    }

    static List<RuleImpl> of(KieBase kieBase) {
        List<RuleImpl> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.add((RuleImpl) rule);
            }
        }
        return rules;
    }

    /** The rule file a rule is written in, for messages. */
    static String file(RuleImpl rule) {
        String path = rule.getResource() == null ? null : rule.getResource().getSourcePath();
        return path == null ? "?" : path.replaceFirst(".*/", "");
    }

    /** Every fact type the rule's conditions match. */
    static List<Match> matches(RuleImpl rule) {
        List<Match> out = new ArrayList<>();
        collect(rule.getLhs(), false, out);
        return out;
    }

    private static void collect(RuleConditionElement element, boolean underAbsence, List<Match> out) {
        if (element instanceof GroupElement group) {
            boolean absence = underAbsence || group.isNot() || group.isExists();
            for (RuleConditionElement child : group.getChildren()) {
                collect(child, absence, out);
            }
        } else if (element instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type) {
            out.add(new Match(type.getClassType(), underAbsence));
        }
    }
}
