package org.amnistia.engine;

import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Messages;
import org.amnistia.verdict.Verdict;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The reasons of a verdict in both languages. One whose text has no arguments reads the same in
 * every verdict (the Art. 4 guidance, the duties of Art. 7, the Art. 5 notes): it is made once and
 * shared, so a roster's verdicts hold the same objects and a writer may encode each of them once.
 * The set is bounded by the rules' message keys.
 */
final class SharedReasons {

    private record FindingKey(String article, FindingOutcome outcome, String messageKey, boolean conditional) {
    }

    private record TextKey(String subject, String messageKey, boolean conditional) {
    }

    private static final ConcurrentHashMap<FindingKey, Verdict.Finding> FINDINGS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<TextKey, Verdict.Obligation> OBLIGATIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<TextKey, Verdict.Missing> QUESTIONS = new ConcurrentHashMap<>();

    private SharedReasons() {
    }

    static Verdict.Finding finding(String article, FindingOutcome outcome, String messageKey, List<?> args) {
        return finding(article, outcome, messageKey, args, false);
    }

    /**
     * @param conditional the text holds only if the case turns out to be covered: it is stated as
     *                    a condition («Si se confirma el amparo: …»)
     */
    static Verdict.Finding finding(String article, FindingOutcome outcome, String messageKey, List<?> args,
                                   boolean conditional) {
        return once(FINDINGS, new FindingKey(article, outcome, messageKey, conditional), args,
                () -> new Verdict.Finding(article, outcome, es(messageKey, args, conditional),
                        en(messageKey, args, conditional)));
    }

    static Verdict.Obligation obligation(String article, String messageKey, List<?> args, boolean conditional) {
        return once(OBLIGATIONS, new TextKey(article, messageKey, conditional), args,
                () -> new Verdict.Obligation(article, es(messageKey, args, conditional),
                        en(messageKey, args, conditional)));
    }

    static Verdict.Missing question(String fact, String messageKey, List<?> args) {
        return once(QUESTIONS, new TextKey(fact, messageKey, false), args,
                () -> new Verdict.Missing(fact, es(messageKey, args, false), en(messageKey, args, false)));
    }

    /** Made once for its key when the text has no arguments; made for this case otherwise. */
    private static <K, V> V once(ConcurrentHashMap<K, V> shared, K key, List<?> args, Supplier<V> make) {
        return args.isEmpty() ? shared.computeIfAbsent(key, k -> make.get()) : make.get();
    }

    private static String es(String messageKey, List<?> args, boolean conditional) {
        return text(Messages.es(), messageKey, args, conditional);
    }

    private static String en(String messageKey, List<?> args, boolean conditional) {
        return text(Messages.en(), messageKey, args, conditional);
    }

    private static String text(Messages messages, String messageKey, List<?> args, boolean conditional) {
        String text = messages.format(messageKey, args);
        if (!conditional) {
            return text;
        }
        String lowered = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return messages.format("si_se_confirma", lowered);
    }
}
