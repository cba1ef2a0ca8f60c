package org.amnistia.engine.facts;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** An Art. 8 numeral covers a subject ({@code MET}), or would if missing facts allowed ({@code UNKNOWN}). */
public final class NumeralStatus extends Derived {

    private final Contact contact;
    private final ConditionStatus status;
    private final List<String> missingFacts;

    private NumeralStatus(Contact contact, ConditionStatus status, Collection<?> conditions) {
        super(contact.getSubject(), doubtsOf(contact, conditions));
        this.contact = contact;
        this.status = status;
        TreeSet<String> missing = new TreeSet<>();
        for (Object c : conditions) {
            Condition condition = (Condition) c;
            if (condition.getMissingFact() != null) {
                missing.add(condition.getMissingFact());
            }
        }
        this.missingFacts = List.copyOf(missing);
    }

    public static NumeralStatus met(Contact contact, Collection<?> conditions) {
        return new NumeralStatus(contact, ConditionStatus.MET, conditions);
    }

    public static NumeralStatus unknown(Contact contact, Collection<?> conditions) {
        return new NumeralStatus(contact, ConditionStatus.UNKNOWN, conditions);
    }

    private static int doubtsOf(Contact contact, Collection<?> conditions) {
        int mask = contact.getDoubts();
        for (Object c : conditions) {
            mask |= ((Condition) c).getDoubts();
        }
        return mask;
    }

    public Contact getContact() {
        return contact;
    }

    public String getNumeral() {
        return contact.getNumeral();
    }

    public ConditionStatus getStatus() {
        return status;
    }

    public List<String> getMissingFacts() {
        return missingFacts;
    }
}
