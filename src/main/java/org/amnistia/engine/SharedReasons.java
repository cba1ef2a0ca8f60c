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

    private record FindingKey(String article, FindingOutcome outcome, String messageKey) {
    }

    private record TextKey(String subject, String messageKey) {
    }

    private static final ConcurrentHashMap<FindingKey, Verdict.Finding> FINDINGS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<TextKey, Verdict.Obligation> OBLIGATIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<TextKey, Verdict.Missing> QUESTIONS = new ConcurrentHashMap<>();

    private SharedReasons() {
    }

    static Verdict.Finding finding(String article, FindingOutcome outcome, String messageKey, List<?> args) {
        return once(FINDINGS, new FindingKey(article, outcome, messageKey), args,
                () -> new Verdict.Finding(article, outcome, es(messageKey, args), en(messageKey, args)));
    }

    static Verdict.Obligation obligation(String article, String messageKey, List<?> args) {
        return once(OBLIGATIONS, new TextKey(article, messageKey), args,
                () -> new Verdict.Obligation(article, es(messageKey, args), en(messageKey, args)));
    }

    static Verdict.Missing question(String fact, String messageKey, List<?> args) {
        return once(QUESTIONS, new TextKey(fact, messageKey), args,
                () -> new Verdict.Missing(fact, es(messageKey, args), en(messageKey, args)));
    }

    /** Made once for its key when the text has no arguments; made for this case otherwise. */
    private static <K, V> V once(ConcurrentHashMap<K, V> shared, K key, List<?> args, Supplier<V> make) {
        return args.isEmpty() ? shared.computeIfAbsent(key, k -> make.get()) : make.get();
    }

    private static String es(String messageKey, List<?> args) {
        return Messages.es().format(messageKey, args);
    }

    private static String en(String messageKey, List<?> args) {
        return Messages.en().format(messageKey, args);
    }
}
