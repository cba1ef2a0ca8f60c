package org.amnistia.law;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of one DRL file, read before anything is compiled, and what can be refused in it at
 * once, each problem naming the file, the line and the rule: a syntax error (one line, the parser's
 * own words), a rule without its {@code @articulo}, a window whose dates are not calendar days or
 * run backwards, and a name no catalogue knows ({@link RuleNames}: offence codes and categories,
 * doubts, readings, numeral keys). A window is written as its two days, {@code window("2024-07-01", "2025-01-10")} (the
 * Art. 8 numerals) or {@code TemporalScope.of(kcontext, $s, "1999-01-01", "2026-02-19")} (Art. 6);
 * a date typed wrong there used to surface only when a case reached the rule, as an internal error.
 */
final class DrlRules {

    /** A rule as the parser found it: its name, where it starts, and its text's bounds in the file. */
    record Found(String name, String article, boolean replaces, int line, int start, int end) {
    }

    private static final Pattern WINDOW = Pattern.compile(
            "\\bwindow\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)"
                    + "|\\bTemporalScope\\.of\\s*\\([^,()]*,[^,()]*,\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");

    /** The annotation by which a rule states that it replaces the base's rule of the same name. */
    static final String REPLACES = "reemplaza";

    private final List<Found> rules = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private DrlRules() {
    }

    /** Reads {@code text}, the file {@code label}; {@link #problems()} says what cannot load. */
    static DrlRules read(String label, String text) {
        DrlRules out = new DrlRules();
        DrlParser parser = new DrlParser();
        PackageDescr drl;
        try {
            drl = parser.parse(false, text);
        } catch (DroolsParserException e) {
            out.problems.add(label + ": " + oneLine(e.getMessage()));
            return out;
        }
        if (parser.hasErrors() || drl == null) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                out.problems.add(label + ":" + (lines.length > 0 ? lines[0] : 0) + ": "
                        + "error de sintaxis | syntax error: " + oneLine(error.getMessage()));
            }
            return out;
        }
        for (RuleDescr rule : drl.getRules()) {
            String article = rule.getAnnotation("articulo") == null || !rule.getAnnotation("articulo").hasValue()
                    ? null : value(String.valueOf(rule.getAnnotation("articulo").getSingleValue()));
            Found found = new Found(rule.getName(), article, rule.getAnnotation(REPLACES) != null, rule.getLine(),
                    rule.getStartCharacter(), Math.min(rule.getEndCharacter(), text.length()));
            out.rules.add(found);
            String where = label + ":" + found.line() + ": «" + found.name() + "»: ";
            if (article == null || article.isBlank()) {
                out.problems.add(where + "falta @articulo(\"N\"): cada regla cita su artículo | missing "
                        + "@articulo(\"N\"): every rule cites its article");
            }
            out.windows(label, text, found);
            RuleNames.check(label, text, found, annotation(rule, "evento"), annotation(rule, "duda"),
                    annotation(rule, "lectura"), out.problems::add);
        }
        return out;
    }

    private void windows(String label, String text, Found rule) {
        Matcher m = WINDOW.matcher(text).region(rule.start(), rule.end());
        while (m.find()) {
            String from = m.group(1) != null ? m.group(1) : m.group(3);
            String to = m.group(1) != null ? m.group(2) : m.group(4);
            String where = label + ":" + lineAt(text, m.start()) + ": «" + rule.name() + "»: ";
            LocalDate first = day(from);
            LocalDate last = day(to);
            for (String d : new String[] {from, to}) {
                if (day(d) == null) {
                    problems.add(where + "la fecha «" + d + "» no es un día del calendario (AAAA-MM-DD) | «" + d
                            + "» is not a calendar day (YYYY-MM-DD)");
                }
            }
            if (first != null && last != null && first.isAfter(last)) {
                problems.add(where + "la ventana empieza el " + from + ", después de terminar el " + to
                        + " | the window starts on " + from + ", after it ends on " + to);
            }
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The value of {@code @name("…")} on the rule, or null. */
    private static String annotation(RuleDescr rule, String name) {
        var a = rule.getAnnotation(name);
        return a == null || !a.hasValue() ? null : value(String.valueOf(a.getSingleValue()));
    }

    private static String value(String annotation) {
        if (annotation == null) {
            return null;
        }
        String s = annotation.trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** A compiler's message on one line: its own line breaks and runs of spaces folded. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }

    List<Found> rules() {
        return rules;
    }

    List<String> problems() {
        return problems;
    }
}
