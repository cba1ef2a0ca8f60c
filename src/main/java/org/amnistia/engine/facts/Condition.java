package org.amnistia.engine.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * One condition of an Art. 8 numeral for a subject (docs/spec/semantica.md §2.3): the date, the link a
 * BY EVENT numeral needs, or the mandate that 8.8 needs under the strict reading of D03.
 */
public final class Condition extends Derived {

    private final Contact contact;
    private final ConditionKind kind;
    private final ConditionStatus status;
    private final String missingFact;

    private Condition(Contact contact, int doubts, ConditionKind kind, ConditionStatus status, String missingFact) {
        super(contact.getSubject(), doubts | contact.getDoubts());
        this.contact = contact;
        this.kind = kind;
        this.status = status;
        this.missingFact = missingFact;
    }

    public static Condition met(RuleContext rule, Contact contact, ConditionKind kind) {
        return new Condition(contact, RuleMeta.of(rule).doubts(), kind, ConditionStatus.MET, null);
    }

    public static Condition unmet(RuleContext rule, Contact contact, ConditionKind kind) {
        return new Condition(contact, RuleMeta.of(rule).doubts(), kind, ConditionStatus.UNMET, null);
    }

    /** Unknown until the case states {@code missingFact} (a field path of docs/spec/formato-caso.md). */
    public static Condition unknown(RuleContext rule, Contact contact, ConditionKind kind, String missingFact) {
        return new Condition(contact, RuleMeta.of(rule).doubts(), kind, ConditionStatus.UNKNOWN, missingFact);
    }

    public Contact getContact() {
        return contact;
    }

    public ConditionKind getKind() {
        return kind;
    }

    public ConditionStatus getStatus() {
        return status;
    }

    public String getMissingFact() {
        return missingFact;
    }

    /** What the numeral's result depends on, without the wording: used to find where two readings differ. */
    public Signature signature() {
        return new Signature(contact.getNumeral(), kind, status, missingFact);
    }

    public record Signature(String numeral, ConditionKind kind, ConditionStatus status, String missingFact) {
    }
}
