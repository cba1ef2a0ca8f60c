package org.amnistia.law;

import org.amnistia.engine.facts.Doubts;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.OffenseCategory;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name a rule writes, checked when its file is read, with the closest names in the refusal: a
 * name mistyped there would otherwise load and match nothing, silently. A rule names
 * <ul>
 *   <li>offence codes, {@code code == "INCITACION_ODIO"} (also {@code !=} and {@code code in ("A", "B")}),
 *       against the catalogue ({@code rules/catalogo-delitos.json});</li>
 *   <li>offence categories, {@code OffenseCategory.REBELION_MILITAR}, against {@link OffenseCategory};</li>
 *   <li>doubts, in {@code @duda("D07")} and in {@code favourable("D07")} / {@code strict("D07")}, against
 *       D01–D14 ({@code docs/ley/dudas.md});</li>
 *   <li>its reading, {@code @lectura("favorable")} or {@code @lectura("estricta")};</li>
 *   <li>the numeral a case names, {@code @evento("8.14")}: a numeral key {@code N.M}.</li>
 * </ul>
 */
final class RuleNames {

    static final List<String> READINGS = List.of("favorable", "estricta");

    private static final Pattern CODE = Pattern.compile("\\bcode\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern CODE_IN = Pattern.compile("\\bcode\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CATEGORY = Pattern.compile("\\bOffenseCategory\\s*\\.\\s*([A-Za-z_][A-Za-z_0-9]*)");
    private static final Pattern DOUBT_CALL = Pattern.compile("\\b(?:favourable|strict)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern NUMERAL = Pattern.compile("\\d+\\.\\d+");

    private RuleNames() {
    }

    /** The offence codes of the catalogue a rule may test. */
    static List<String> codes() {
        return Codes.ALL;
    }

    private static final class Codes {
        static final List<String> ALL = OffenseCatalog.standard().all().stream().map(Offense::code).toList();
    }

    static List<String> categories() {
        return Arrays.stream(OffenseCategory.values()).map(Enum::name).toList();
    }

    static List<String> doubts() {
        return Doubts.ids(Doubts.ALL);
    }

    /**
     * Checks the rule found in {@code text} (its metadata and its text between {@code start} and
     * {@code end}); each problem names the file, the line and the rule, in Spanish and English.
     */
    static void check(String label, String text, DrlRules.Found rule, String event, String doubt, String reading,
                      Consumer<String> problems) {
        String at = label + ":" + rule.line() + ": «" + rule.name() + "»: ";
        if (doubt != null) {
            for (String id : doubt.split(",")) {
                if (!doubts().contains(id.trim())) {
                    problems.accept(at + "@duda(\"" + id.trim() + "\"): no es una duda de docs/ley/dudas.md (D01–D14)"
                            + ClosestNames.hint(id.trim(), doubts()) + " | not a doubt of docs/ley/dudas.md");
                }
            }
        }
        if (reading != null && !READINGS.contains(reading)) {
            problems.accept(at + "@lectura(\"" + reading + "\"): es «favorable» o «estricta»"
                    + ClosestNames.hint(reading, READINGS) + " | @lectura is «favorable» or «estricta»");
        }
        if (reading != null && doubt == null) {
            problems.accept(at + "@lectura sin @duda: una lectura lo es de una duda | @lectura without @duda: a "
                    + "reading is a reading of a doubt");
        }
        if (event != null && !NUMERAL.matcher(event).matches()) {
            problems.accept(at + "@evento(\"" + event + "\"): es la clave de un numeral, como \"8.12\", con la que un "
                    + "caso nombra el hecho (conduct.event)" + (rule.article() == null ? ""
                    : ClosestNames.hint(event, List.of(rule.article()))) + " | @evento is a numeral key such as \"8.12\"");
        }
        names(label, text, rule, CODE, codes(), "el código de delito", "the offence code",
                "no está en el catálogo (rules/catalogo-delitos.json; ./amnistia delitos lo lista)",
                "is not in the catalogue", problems);
        Matcher in = CODE_IN.matcher(text).region(rule.start(), rule.end());
        while (in.find()) {
            Matcher q = QUOTED.matcher(in.group(1));
            while (q.find()) {
                unknown(label, text, in.start(1) + q.start(), rule, q.group(1), codes(), "el código de delito",
                        "the offence code", "no está en el catálogo (rules/catalogo-delitos.json; ./amnistia delitos "
                                + "lo lista)", "is not in the catalogue", problems);
            }
        }
        names(label, text, rule, CATEGORY, categories(), "la categoría", "the category",
                "no es una categoría de delito (docs/spec/semantica.md §4)", "is not an offence category", problems);
        names(label, text, rule, DOUBT_CALL, doubts(), "la duda", "the doubt",
                "no es una duda de docs/ley/dudas.md (D01–D14)", "is not a doubt of docs/ley/dudas.md", problems);
    }

    private static void names(String label, String text, DrlRules.Found rule, Pattern pattern, List<String> known,
                              String whatEs, String whatEn, String whyEs, String whyEn, Consumer<String> problems) {
        Matcher m = pattern.matcher(text).region(rule.start(), rule.end());
        while (m.find()) {
            unknown(label, text, m.start(1), rule, m.group(1), known, whatEs, whatEn, whyEs, whyEn, problems);
        }
    }

    private static void unknown(String label, String text, int offset, DrlRules.Found rule, String name,
                                List<String> known, String whatEs, String whatEn, String whyEs, String whyEn,
                                Consumer<String> problems) {
        if (!known.contains(name)) {
            problems.accept(label + ":" + DrlRules.lineAt(text, offset) + ": «" + rule.name() + "»: " + whatEs + " «"
                    + name + "» " + whyEs + ClosestNames.hint(name, known) + " | " + whatEn + " «" + name + "» "
                    + whyEn);
        }
    }
}
