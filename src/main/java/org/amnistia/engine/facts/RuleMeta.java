package org.amnistia.engine.facts;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rule says about itself in its metadata: {@code @articulo} (the citation, typed once),
 * {@code @duda} (the doubt it reads), {@code @lectura} (which reading of it) and, for the numerals
 * of Art. 8, {@code @evento} (the ley-2026 numeral a case names to link its conduct to it).
 */
public record RuleMeta(String name, String article, int doubts, String reading, String event) {

    /**
     * Two versions may hold rules of the same name, which Drools holds equal, with other metadata (a
     * proposal that renumbers an article): each compiled rule is its own key.
     */
    private record Key(Rule rule) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.rule == rule;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rule);
        }
    }

    private static final Map<Key, RuleMeta> CACHE = new ConcurrentHashMap<>();

    public static RuleMeta of(RuleContext context) {
        return of(context.getRule());
    }

    public static RuleMeta of(Rule rule) {
        return CACHE.computeIfAbsent(new Key(rule), key -> {
            Rule r = key.rule();
            Map<String, Object> meta = r.getMetaData();
            String article = text(meta.get("articulo"));
            if (article == null) {
                throw new IllegalStateException("rule «" + r.getName() + "» has no @articulo");
            }
            return new RuleMeta(r.getName(), article, Doubts.bits(text(meta.get("duda"))),
                    text(meta.get("lectura")), text(meta.get("evento")));
        });
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
