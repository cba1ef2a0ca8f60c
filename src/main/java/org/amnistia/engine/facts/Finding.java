package org.amnistia.engine.facts;

import org.amnistia.verdict.FindingOutcome;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/**
 * A rule's conclusion about a subject: the check it answers, how it came out, the article it
 * cites (read from the rule's {@code @articulo}, or from the numeral it is about), the message
 * that explains it and the facts that matched.
 */
public final class Finding extends Derived {

    private final Check check;
    private final Status status;
    private final FindingOutcome outcome;
    private final String article;
    private final String messageKey;
    private final List<Object> args;
    private final String missingFact;
    /** The charge an Art. 9 finding is about (its index in {@code charges}); -1 for the whole case. */
    private final int charge;
    /** Holds only if the verdict is ELIGIBLE: an effect of the amnesty (see {@link #effect}). */
    private final boolean effect;

    private Finding(RuleMeta meta, Object premise, String article, Check check, Status status,
                    FindingOutcome outcome, String messageKey, String missingFact, Object[] args, boolean effect) {
        super(subjectOf(premise), meta.doubts() | doubtsOf(premise));
        this.check = check;
        this.status = status;
        this.outcome = outcome;
        this.article = article;
        this.messageKey = messageKey;
        this.missingFact = missingFact;
        this.args = Arrays.asList(args);
        this.charge = premise instanceof Charge ch ? ch.getIndex() : -1;
        this.effect = effect;
    }

    /** The check passes; {@code premise} is the subject or the fact the rule matched. */
    public static Finding pass(RuleContext rule, Object premise, Check check, FindingOutcome outcome,
                               String messageKey, Object... args) {
        RuleMeta meta = RuleMeta.of(rule);
        return new Finding(meta, premise, meta.article(), check, Status.PASS, outcome, messageKey, null, args, false);
    }

    /** The check fails definitely: the verdict is NOT_ELIGIBLE whatever else is missing. */
    public static Finding fail(RuleContext rule, Object premise, Check check, FindingOutcome outcome,
                               String messageKey, Object... args) {
        RuleMeta meta = RuleMeta.of(rule);
        return new Finding(meta, premise, meta.article(), check, Status.FAIL, outcome, messageKey, null, args, false);
    }

    /** The check needs {@code missingFact} (a field path of docs/spec/formato-caso.md) to be decided. */
    public static Finding pending(RuleContext rule, Object premise, Check check, String missingFact,
                                  String messageKey, Object... args) {
        RuleMeta meta = RuleMeta.of(rule);
        return new Finding(meta, premise, meta.article(), check, Status.PENDING, FindingOutcome.REQUIRES,
                messageKey, missingFact, args, false);
    }

    /** Information that decides nothing: a reading taken, guidance, an ignored input. */
    public static Finding note(RuleContext rule, Object premise, String messageKey, Object... args) {
        RuleMeta meta = RuleMeta.of(rule);
        return new Finding(meta, premise, meta.article(), Check.NOTE, Status.INFO, FindingOutcome.NOTE,
                messageKey, null, args, false);
    }

    /**
     * What the amnesty does once granted (Arts. 7 and 11: no detention after the request, the
     * dismissal, the sentence extinguished): a note that holds only for an eligible case. The
     * verdict leaves it out when the case is not eligible and states it as a condition when the
     * case is undetermined.
     */
    public static Finding effect(RuleContext rule, Object premise, String messageKey, Object... args) {
        RuleMeta meta = RuleMeta.of(rule);
        return new Finding(meta, premise, meta.article(), Check.NOTE, Status.INFO, FindingOutcome.NOTE,
                messageKey, null, args, true);
    }

    /**
     * Guidance that applies (Art. 4): cited among the articles of an eligible verdict. It advises
     * how to obtain the amnesty, so, like an {@link #effect}, it holds only for an eligible case.
     */
    public static Finding guidance(RuleContext rule, Object premise, String messageKey, Object... args) {
        RuleMeta meta = RuleMeta.of(rule);
        return new Finding(meta, premise, meta.article(), Check.GUIDANCE, Status.PASS, FindingOutcome.NOTE,
                messageKey, null, args, false);
    }

    /** An Art. 8 numeral covers the conduct: cites the numeral itself, e.g. {@code 8.12}. */
    public static Finding covers(RuleContext rule, Contact c) {
        return new Finding(RuleMeta.of(rule), c, c.getNumeral(), Check.COVERAGE, Status.PASS,
                FindingOutcome.COVERS, c.isByEvent() ? "art08.ampara_por_hecho" : "art08.ampara_por_fecha", null,
                new Object[]{getConduct(c), c.getNumeral(), c.getWindow()}, false);
    }

    /** No numeral covers yet, but this one would if the fact the condition lacks were known. */
    public static Finding pendingNumeral(RuleContext rule, Condition unknown) {
        Contact c = unknown.getContact();
        String missingFact = unknown.getMissingFact();
        return new Finding(RuleMeta.of(rule), unknown, c.getNumeral(), Check.COVERAGE, Status.PENDING,
                FindingOutcome.REQUIRES, "art08.pendiente." + missingFact, missingFact,
                new Object[]{getConduct(c), c.getNumeral(), c.getWindow()}, false);
    }

    private static String getConduct(Contact c) {
        return c.getSubject().facts().conductText();
    }

    public Check getCheck() {
        return check;
    }

    public Status getStatus() {
        return status;
    }

    public FindingOutcome getOutcome() {
        return outcome;
    }

    public String getArticle() {
        return article;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArgs() {
        return args;
    }

    public String getMissingFact() {
        return missingFact;
    }

    /** The index of the charge this finding is about; -1 when it is about the whole case. */
    public int getCharge() {
        return charge;
    }

    /** Whether the finding holds only if the case is eligible: an effect of the amnesty, or Art. 4 guidance. */
    public boolean isEffect() {
        return effect || check == Check.GUIDANCE;
    }

    /** Notes and guidance decide nothing: no rule reads them. */
    @Override
    protected boolean forTheVerdictOnly() {
        return check == Check.NOTE || check == Check.GUIDANCE;
    }

    @Override
    public String toString() {
        return "Finding " + check + " " + status + " «" + messageKey + "»";
    }

    /** What the decision depends on, without the wording: used to find where two readings differ. */
    public Signature signature() {
        return new Signature(check, status, article, outcome, missingFact);
    }

    public record Signature(Check check, Status status, String article, FindingOutcome outcome, String missingFact) {
    }
}
