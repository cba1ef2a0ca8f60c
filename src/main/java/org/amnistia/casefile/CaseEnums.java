package org.amnistia.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of {@code person.location}, {@code proceeding.stage} and {@code request.by} as a person
 * may write them: the English constant in any case ({@code TRIAL}, {@code trial}, {@code attorney abroad}),
 * or a Spanish synonym without regard to case or accents ({@code juicio}, {@code Investigación},
 * {@code ministerio publico}). Both the JSON and the CSV readers use it, so they accept the same words.
 * A synonym is only another spelling of the same value: the case means exactly what the constant means.
 */
public final class CaseEnums {

    /** Per enum: its Spanish synonyms, the first of each constant being the one messages show. */
    private static final Map<Class<?>, Map<Enum<?>, List<String>>> SPANISH = new HashMap<>();
    /** Per enum: every accepted spelling, {@link Words#normalize normalized}, to its constant. */
    private static final Map<Class<?>, Map<String, Enum<?>>> LOOKUP = new HashMap<>();

    static {
        define(CaseFile.Stage.class, Map.of(
                CaseFile.Stage.NONE, List.of("ninguno", "ninguna", "sin proceso"),
                CaseFile.Stage.INVESTIGATION, List.of("investigación"),
                CaseFile.Stage.CONTROL, List.of("control"),
                CaseFile.Stage.TRIAL, List.of("juicio"),
                CaseFile.Stage.APPEAL, List.of("apelación"),
                CaseFile.Stage.EXECUTION, List.of("ejecución")));
        define(CaseFile.Location.class, Map.of(
                CaseFile.Location.VENEZUELA, List.of("venezuela", "en venezuela"),
                CaseFile.Location.ABROAD, List.of("exterior", "extranjero", "en el exterior", "en el extranjero")));
        define(CaseFile.RequestBy.class, Map.of(
                CaseFile.RequestBy.PERSON, List.of("persona", "interesado", "interesada"),
                CaseFile.RequestBy.PROSECUTOR, List.of("fiscal", "ministerio público", "fiscalía"),
                CaseFile.RequestBy.DEFENSE, List.of("defensa", "defensor", "defensora", "defensa pública", "defensa privada",
                        "defensor público", "defensor privado"),
                CaseFile.RequestBy.RELATIVE, List.of("familiar"),
                CaseFile.RequestBy.ATTORNEY_ABROAD, List.of("apoderado", "apoderada", "abogado en el exterior")));
    }

    private CaseEnums() {
    }

    private static <E extends Enum<E>> void define(Class<E> type, Map<E, List<String>> synonyms) {
        Map<Enum<?>, List<String>> spanish = new LinkedHashMap<>();
        Map<String, Enum<?>> lookup = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            List<String> words = synonyms.getOrDefault(constant, List.of());
            spanish.put(constant, words);
            lookup.put(Words.normalize(constant.name()), constant);
            for (String word : words) {
                Enum<?> before = lookup.put(Words.normalize(word), constant);
                if (before != null && before != constant) {
                    throw new IllegalStateException(word + " names both " + before + " and " + constant);
                }
            }
        }
        SPANISH.put(type, spanish);
        LOOKUP.put(type, lookup);
    }

    /**
     * The constant {@code text} names, or {@code null} when it names none. The constant's name is
     * tried first, exactly and then in any case, before any accent folding (the common cases in a
     * large roster).
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        Map<String, Enum<?>> lookup = LOOKUP.get(type);
        Enum<?> found = lookup == null ? null : lookup.get(Words.normalize(text));
        return found == null ? null : type.cast(found);
    }

    /** The Spanish words accepted for one constant, the usual one first (empty if none). */
    static List<String> spanish(Enum<?> constant) {
        Map<Enum<?>, List<String>> spanish = SPANISH.get(constant.getDeclaringClass());
        return spanish == null ? List.of() : spanish.getOrDefault(constant, List.of());
    }

    /**
     * The error for a value {@code text} of {@code type} that names no constant: lists the accepted
     * values in English and in Spanish and, when one is close, asks whether it was meant. No field:
     * the caller names it ({@link InvalidCaseException#at}). {@code shown} is the value as the message
     * may quote it (a roster shortens long cells).
     */
    public static <E extends Enum<E>> InvalidCaseException unknown(Class<E> type, String text, String shown) {
        String[] allowed = allowed(type);
        String es = "valor «" + shown + "» no admitido (se admite: " + allowed[0] + ")";
        String en = "value «" + shown + "» not allowed (allowed: " + allowed[1] + ")";
        String[] closest = closest(type, text);
        if (closest != null) {
            es += ": ¿quiso decir «" + closest[0] + "»" + closest[1] + "?";
            en += ": did you mean «" + closest[0] + "»" + closest[1] + "?";
        }
        return new InvalidCaseException("", es, en);
    }

    /** The error for a value of {@code type} that is not a string at all (a number, a boolean, an object). */
    static <E extends Enum<E>> InvalidCaseException notText(Class<E> type) {
        String[] allowed = allowed(type);
        return new InvalidCaseException("", "se esperaba un texto entre comillas (se admite: " + allowed[0] + ")",
                "expected a string in quotes (allowed: " + allowed[1] + ")");
    }

    /** {@code {"NONE, …; en español: ninguno, …", "NONE, …; in Spanish: ninguno, …"}}. */
    private static <E extends Enum<E>> String[] allowed(Class<E> type) {
        StringBuilder english = new StringBuilder();
        StringBuilder spanish = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            english.append(english.length() == 0 ? "" : ", ").append(constant.name());
            List<String> words = spanish(constant);
            if (!words.isEmpty()) {
                spanish.append(spanish.length() == 0 ? "" : ", ").append(words.get(0));
            }
        }
        return spanish.length() == 0 ? new String[] {english.toString(), english.toString()}
                : new String[] {english + "; en español: " + spanish, english + "; in Spanish: " + spanish};
    }

    /**
     * The accepted spelling nearest to {@code text} by edit distance, or a one-word spelling it is the
     * beginning of (at least four letters): {@code {spelling, " (CONSTANT)"}} for a Spanish word,
     * {@code {CONSTANT, ""}} for a constant; {@code null} when nothing is near.
     */
    private static <E extends Enum<E>> String[] closest(Class<E> type, String text) {
        String wrote = Words.normalize(text);
        if (wrote.isEmpty()) {
            return null;
        }
        List<String[]> candidates = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            candidates.add(new String[] {constant.name(), "", constant.name()});
            for (String word : spanish(constant)) {
                candidates.add(new String[] {word, " (" + constant.name() + ")", constant.name()});
            }
        }
        String[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String[] c : candidates) {
            String known = Words.normalize(c[0]);
            int d = Words.distance(wrote, known);
            // a beginning of one word (investig → investigación), never of a phrase: «abogado» is not
            // «abogado en el exterior», and the suggestion must not change who filed the request
            boolean prefix = wrote.length() >= 4 && known.indexOf(' ') < 0 && known.startsWith(wrote);
            if (prefix) {
                d = Math.min(d, 1);
            }
            if (d <= Words.typoLimit(Math.min(wrote.length(), known.length())) && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? null : new String[] {best[0], best[1]};
    }
}
