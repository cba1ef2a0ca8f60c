package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.Recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charges of one sheet cell as NGO files write them: one after another, separated by {@code ;},
 * line breaks, {@code ,}, {@code y}/{@code e}, {@code /} or {@code +}, with the statute mentioned
 * beside a charge ({@code art. 285 CP}, {@code (Ley contra el Odio)}) kept as its note.
 *
 * <p>{@code ;} and line breaks always separate. The others also occur inside one offence's name
 * («tráfico de estupefacientes y sustancias psicotrópicas», «daños a edificios públicos y privados»)
 * and in citations («artículos 406 y 407»), so the catalogue decides ({@link OffenseCatalog#recognise}):
 * two neighbouring parts become two charges only when each is recognised on its own and the two
 * together are not one offence; a part with no offence words of its own (a citation, «numeral 1»,
 * «tentativa») stays with the charge before it, and after a citation a recognised part starts the
 * next charge. What is not split is one charge, recognised whole as a single text would be. A charge
 * written only as a statute the catalogue gives to exactly one offence is that offence
 * ({@link StatuteMention}).
 */
final class ChargeCell {

    /** Separators that may also be part of an offence's name; {@code " o "} never separates («devastación o saqueo»). */
    private static final String[] SOFT = {",", " y ", " Y ", " e ", " E ", "/", " + "};

    /** Where a statute starts inside a charge's text: a citation word or a law's name, as a whole word. */
    private static final Pattern STATUTE_WORD = Pattern.compile("(?<![\\p{L}\\d])(?:arts?\\.?|art[ií]culos?|previst[oa]s?"
            + "|tipificad[oa]s?|sancionad[oa]s?|contemplad[oa]s?|ley|c[oó]digo|cp|copp|cojm|locdoft|ldcam|lcse|lopnna|crbv)"
            + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Items remembered with their charges, as the catalogue remembers recognitions. */
    private static final int MEMO_LIMIT = 10_000;

    private final OffenseCatalog catalog;
    private final Map<String, List<CaseFile.Charge>> memo = new HashMap<>();

    /** Splits with {@code catalog}; one instance is used by one thread (it remembers the items it split). */
    ChargeCell(OffenseCatalog catalog) {
        this.catalog = catalog;
    }

    /** One piece of an item between two soft separators: its bounds in the item, and the separator before it. */
    private record Piece(int start, int end, String separator) {
    }

    /** The charges of an item between hard separators ({@code ;}, line breaks), in order; rosters repeat a few items. */
    List<CaseFile.Charge> charges(String item) {
        List<CaseFile.Charge> known = memo.get(item);
        if (known == null) {
            known = List.copyOf(split(item));
            if (memo.size() < MEMO_LIMIT) {
                memo.put(item, known);
            }
        }
        return known;
    }

    private List<CaseFile.Charge> split(String item) {
        List<Piece> pieces = pieces(item);
        List<CaseFile.Charge> out = new ArrayList<>(2);
        int groupStart = 0;
        int groupEnd = pieces.get(0).end();
        boolean cited = StatuteMention.starts(text(item, pieces.get(0)));
        for (Piece p : pieces.subList(1, pieces.size())) {
            String piece = text(item, p);
            // «… de la Ley Orgánica contra la Delincuencia Organizada y Financiamiento al Terrorismo»: «y» inside a law's name
            boolean lawGoesOn = p.separator().strip().equalsIgnoreCase("y")
                    && StatuteMention.lawNameGoesOn(item.substring(groupStart, groupEnd), piece);
            boolean citation = lawGoesOn || StatuteMention.starts(piece) || noOffenceWords(piece)
                    || cited && STATUTE_WORD.matcher(piece).find();
            if (!citation && splits(item.substring(groupStart, groupEnd).strip(), piece, item.substring(groupStart, p.end()), cited)) {
                out.add(charge(item.substring(groupStart, groupEnd)));
                groupStart = p.start();
                cited = false;
            } else if (citation) {
                cited = true;
            }
            groupEnd = p.end();
        }
        out.add(charge(item.substring(groupStart, groupEnd)));
        return out;
    }

    /**
     * For a cell's item (between {@code ;} or line breaks) that is only a statute naming no single
     * offence («…; art. 285 CP»): the charge before it with the statute added to its note, put in
     * place of the last of {@code charges}; {@code false} when the item is not such a statute or
     * there is no charge before it.
     */
    boolean noteOnPrevious(List<CaseFile.Charge> charges, String item) {
        if (charges.isEmpty() || !StatuteMention.starts(item) || !noOffenceWords(item)
                || StatuteMention.of(item).onlyOffence(catalog) != null) {
            return false;
        }
        CaseFile.Charge before = charges.get(charges.size() - 1);
        String note = before.note() == null ? item : before.note() + ", " + item;
        charges.set(charges.size() - 1, new CaseFile.Charge(before.offense(), before.attempt(), before.minPenaltyYears(), note));
        return true;
    }

    /** Whether {@code next} starts a new charge after {@code group}; {@code joined} is both as written together. */
    private boolean splits(String group, String next, String joined, boolean groupCited) {
        Recognition.Status nextStatus = catalog.recognise(next).status();
        if (nextStatus != Recognition.Status.RECOGNISED) {
            if (nextStatus == Recognition.Status.UNRECOGNISED) {
                return false;
            }
        }
        if (groupCited) {
            return true; // a citation ends an offence's name
        }
        if (catalog.recognise(joined.strip()).status() == Recognition.Status.RECOGNISED) {
            return false; // one offence whose name holds the separator
        }
        return catalog.recognise(group).status() != Recognition.Status.UNRECOGNISED;
    }

    private boolean noOffenceWords(String piece) {
        return catalog.explain(piece).reduced().isEmpty();
    }

    /**
     * One charge from its text as written: from the first statute word on ({@code art. 285 CP},
     * {@code previsto en…}, {@code Ley contra el Odio}), and any statute in brackets, is its note; the
     * text goes to the recogniser whole, which reads a citation's articles itself, unless only the
     * name before the statute is recognised. A text that is only a statute is recognised by it when
     * the catalogue can ({@link StatuteMention#onlyOffence}).
     */
    private CaseFile.Charge charge(String written) {
        String text = trimSeparators(written);
        StringBuilder note = new StringBuilder();
        int statute = outsideBrackets(STATUTE_WORD.matcher(text), text);
        boolean named = true;
        if (statute >= 0) {
            named = !noOffenceWords(text.substring(0, statute));
            note.append(trimSeparators(text.substring(statute)));
        }
        for (String bracketed : bracketed(text)) {
            if (StatuteMention.starts(bracketed) && note.indexOf(bracketed) < 0) {
                note.append(note.length() == 0 ? "" : ", ").append(bracketed);
            }
        }
        String noteText = note.length() == 0 ? null : note.toString();
        if (!named) {
            Offense only = StatuteMention.of(text).onlyOffence(catalog);
            return new CaseFile.Charge(only != null ? only.code() : text, null, null, noteText);
        }
        // The whole text keeps what its citation tells the recogniser («Rebelión, previsto en el artículo 476
        // … de Justicia Militar» is military rebellion); a law's name that confuses it («Terrorismo, Ley
        // contra el Odio») leaves the name alone to be recognised.
        String name = statute > 0 ? trimSeparators(text.substring(0, statute)) : text;
        boolean nameAlone = statute > 0 && !catalog.recognise(text).recognised() && catalog.recognise(name).recognised();
        return new CaseFile.Charge(nameAlone ? name : text, null, null, noteText);
    }

    /** Where {@code m} first matches outside brackets in {@code text}, or -1. */
    private static int outsideBrackets(Matcher m, String text) {
        while (m.find()) {
            int depth = 0;
            for (int i = 0; i < m.start(); i++) {
                char c = text.charAt(i);
                depth += c == '(' || c == '[' ? 1 : (c == ')' || c == ']') && depth > 0 ? -1 : 0;
            }
            if (depth == 0) {
                return m.start();
            }
        }
        return -1;
    }

    /** The pieces between soft separators outside brackets; never empty. */
    private static List<Piece> pieces(String item) {
        List<Piece> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String separator = "";
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                for (String sep : SOFT) {
                    if (item.startsWith(sep, i) && !(sep.equals("/") && between(item, i))) {
                        if (!item.substring(start, i).isBlank()) {
                            pieces.add(new Piece(start, i, separator));
                        }
                        separator = sep;
                        start = i + sep.length();
                        i = start - 1;
                        break;
                    }
                }
            }
        }
        if (start < item.length() && !item.substring(start).isBlank()) {
            pieces.add(new Piece(start, item.length(), separator));
        }
        if (pieces.isEmpty()) {
            pieces.add(new Piece(0, item.length(), ""));
        }
        return pieces;
    }

    /** A {@code /} between two letters of one word («detenido/a», «y/o») joins rather than separates. */
    private static boolean between(String item, int slash) {
        return slash + 2 <= item.length() && slash > 0
                && Character.isLetter(item.charAt(slash - 1)) && Character.isLetter(item.charAt(slash + 1))
                && (slash + 2 == item.length() || !Character.isLetter(item.charAt(slash + 2)));
    }

    private static String text(String item, Piece p) {
        return item.substring(p.start(), p.end()).strip();
    }

    /** The parts of {@code text} in brackets, innermost last. */
    private static List<String> bracketed(String text) {
        List<String> parts = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open = i;
            } else if ((c == ')' || c == ']') && open >= 0) {
                parts.add(text.substring(open + 1, i).strip());
                open = -1;
            }
        }
        return parts;
    }

    private static String trimSeparators(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith("/") || t.endsWith("+"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
