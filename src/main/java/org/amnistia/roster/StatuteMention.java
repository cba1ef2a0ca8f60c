package org.amnistia.roster;

import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCatalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statute written beside a charge in a sheet cell — {@code art. 285 CP}, {@code Ley contra el
 * Odio}, {@code artículo 52 de la LOCDOFT} — as the catalogue's statute column writes it: the law
 * (its abbreviation) and the article numbers. A charge written only as its statute is recognised by
 * it when exactly one catalogue offence has that statute ({@code Ley contra el Odio} →
 * {@code INCITACION_ODIO}); {@code art. 285 CP}, shared by two offences, is not.
 */
record StatuteMention(String law, Set<Integer> articles) {

    /** The words a statute mention starts with (after {@link SheetWords#key}). */
    private static final Set<String> FIRST_WORDS = Set.of("ley", "leyes", "codigo", "cp", "copp", "cojm", "locdoft",
            "losep", "ldcam", "lcse", "lopnna", "crbv", "constitucion", "decreto", "art", "arts", "articulo", "articulos");

    /** Laws as sheets write them (the key of {@link SheetWords}), to the catalogue's abbreviation. */
    private static final Map<String, String> LAWS = Map.ofEntries(
            Map.entry("codigo penal", "CP"), Map.entry("cp", "CP"),
            Map.entry("codigo organico de justicia militar", "COJM"), Map.entry("cojm", "COJM"),
            Map.entry("ley contra el odio", "Ley contra el Odio"),
            Map.entry("ley contra el odio por la convivencia pacifica y la tolerancia", "Ley contra el Odio"),
            Map.entry("locdoft", "LOCDOFT"),
            Map.entry("ley organica contra la delincuencia organizada y financiamiento al terrorismo", "LOCDOFT"),
            Map.entry("ley contra la delincuencia organizada y financiamiento al terrorismo", "LOCDOFT"),
            Map.entry("ldcam", "LDCAM"), Map.entry("ley para el desarme y control de armas y municiones", "LDCAM"),
            Map.entry("lcse", "LCSE"), Map.entry("ley contra el secuestro y la extorsion", "LCSE"),
            Map.entry("lopnna", "LOPNNA"), Map.entry("crbv", "CRBV"), Map.entry("constitucion", "CRBV"),
            Map.entry("ley contra el secuestro y extorsion", "LCSE"),
            Map.entry("ley organica sobre sustancias estupefacientes y psicotropicas", "LOSEP"), Map.entry("losep", "LOSEP"),
            Map.entry("ley organica de amparo sobre derechos y garantias constitucionales", "LOASGC"));

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /** Whether a piece of a charges cell is a statute mention rather than an offence's name. */
    static boolean starts(String piece) {
        String key = SheetWords.key(piece);
        int space = key.indexOf(' ');
        return FIRST_WORDS.contains(space < 0 ? key : key.substring(0, space));
    }

    /**
     * Whether {@code before} ends inside the name of a law that has «y» in it and {@code next} goes on
     * with that name: «… de la Ley Orgánica contra la Delincuencia Organizada» and «Financiamiento al
     * Terrorismo» are one citation, not a charge after it.
     */
    static boolean lawNameGoesOn(String before, String next) {
        String key = SheetWords.key(before);
        int law = Math.max(key.lastIndexOf("ley "), key.lastIndexOf("codigo "));
        if (law < 0 || (law > 0 && key.charAt(law - 1) != ' ')) {
            return false;
        }
        String tail = key.substring(law) + " y " + SheetWords.key(next);
        return LAWS.keySet().stream().anyMatch(name -> name.startsWith(tail));
    }

    /** The law and articles a mention names; the law is {@code null} when it names none the catalogue uses. */
    static StatuteMention of(String text) {
        String key = " " + SheetWords.key(text) + " ";
        String law = null;
        int longest = 0;
        for (Map.Entry<String, String> e : LAWS.entrySet()) {
            if (key.contains(" " + e.getKey() + " ") && e.getKey().length() > longest) {
                law = e.getValue();
                longest = e.getKey().length();
            }
        }
        Set<Integer> articles = new LinkedHashSet<>();
        Matcher n = NUMBER.matcher(key);
        while (n.find()) {
            articles.add(Integer.parseInt(n.group()));
        }
        return new StatuteMention(law, articles);
    }

    /**
     * The one catalogue offence whose statute is this law and (when the mention gives any) one of
     * these articles, or {@code null} when none or several are.
     */
    Offense onlyOffence(OffenseCatalog catalog) {
        if (law == null) {
            return null;
        }
        List<Offense> found = new ArrayList<>();
        for (Offense o : catalog.all()) {
            for (String part : o.statute().split(";")) {
                if (cites(part.strip())) {
                    found.add(o);
                    break;
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Whether one part of a catalogue statute ({@code "CP art. 285 (H)"}, {@code "arts. 477–479"}) is this mention. */
    private boolean cites(String part) {
        if (!part.startsWith(law + " ")) {
            return false;
        }
        if (articles.isEmpty()) {
            return true;
        }
        Matcher range = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?").matcher(part.substring(law.length()));
        while (range.find()) {
            int first = Integer.parseInt(range.group(1));
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
            for (int a : articles) {
                if (a >= first && a <= last) {
                    return true;
                }
            }
        }
        return false;
    }
}
