package org.amnistia.engine.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/** Something that must still happen for the amnesty to take effect (Art. 7 duties, Art. 11 deadline). */
public final class Obligation extends Derived {

    private final String article;
    private final String messageKey;
    private final List<Object> args;

    private Obligation(Subject subject, String article, String messageKey, Object[] args) {
        super(subject, 0);
        this.article = article;
        this.messageKey = messageKey;
        this.args = Arrays.asList(args);
    }

    public static Obligation of(RuleContext rule, Subject subject, String messageKey, Object... args) {
        return new Obligation(subject, RuleMeta.of(rule).article(), messageKey, args);
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

    @Override
    protected boolean forTheVerdictOnly() {
        return true;
    }
}
