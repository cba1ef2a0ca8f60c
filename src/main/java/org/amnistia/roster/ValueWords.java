package org.amnistia.roster;

import org.amnistia.casefile.CaseEnums;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of a sheet's cells mean in the case's own vocabulary: first the NGO's own words
 * (the column map's {@code valores:}), then the words sheets commonly use — {@code X}, {@code S}/{@code N},
 * {@code verdadero}; «Detenido», «En libertad»; «Militar», «Civil»; «Condenado» (EXECUTION),
 * «Fase intermedia» (CONTROL); «numeral 12» (8.12); «Ninguno» (no charges). A word that means
 * nothing here is left as written, and the cell grammar then refuses it naming the column. Keys
 * are compared as {@link SheetWords#key}. Used by one thread: it remembers what each cell meant.
 */
final class ValueWords {

    private static final List<String> TRUE = List.of("si", "s", "yes", "true", "verdadero", "x", "1");
    private static final List<String> FALSE = List.of("no", "n", "false", "falso", "0");
    private static final List<String> TICKS = List.of("✓", "✔", "☑");
    private static final List<String> CROSSES = List.of("✗", "✘", "☐");

    /** Per column, words beyond yes/no that sheets use: key → the contract's word. */
    private static final Map<RosterColumn, Map<String, String>> COMMON = new EnumMap<>(RosterColumn.class);

    static {
        words(RosterColumn.DETAINED, "true", "detenido", "detenida", "preso", "privado de libertad", "privada de libertad",
                "encarcelado", "encarcelada", "recluido", "recluida", "en prision", "en carcel", "presa");
        words(RosterColumn.DETAINED, "false", "en libertad", "libre", "excarcelado", "excarcelada", "liberado",
                "liberada", "no detenido");
        words(RosterColumn.MILITARY, "true", "militar", "militar activo", "militar retirado");
        words(RosterColumn.MILITARY, "false", "civil");
        words(RosterColumn.MINOR, "true", "menor", "menor de edad", "adolescente");
        words(RosterColumn.MINOR, "false", "adulto", "adulta", "mayor de edad", "mayor");
        words(RosterColumn.A_DERECHO, "true", "a derecho", "esta a derecho");
        words(RosterColumn.A_DERECHO, "false", "profugo", "profuga", "evadido", "evadida", "en rebeldia");
        words(RosterColumn.CONDUCT_CEASED, "true", "ceso", "cesado", "cesada");
        words(RosterColumn.CONDUCT_CEASED, "false", "continua", "no ceso");
        words(RosterColumn.POLITICAL, "true", "politico", "politica", "politico a");
        words(RosterColumn.POLITICAL, "false", "comun", "delito comun");
        words(RosterColumn.LOCATION, "VENEZUELA", "en el pais", "en venezuela", "pais", "nacional");
        words(RosterColumn.LOCATION, "ABROAD", "fuera del pais", "exiliado", "exiliada", "en el exilio", "exilio");
        words(RosterColumn.STAGE, "EXECUTION", "condenado", "condenada", "sentenciado", "sentenciada", "con condena",
                "sentencia firme", "ejecucion de sentencia", "penado", "penada");
        words(RosterColumn.STAGE, "TRIAL", "juicio oral", "en juicio", "fase de juicio");
        words(RosterColumn.STAGE, "CONTROL", "audiencia preliminar", "fase intermedia", "intermedia", "fase de control");
        words(RosterColumn.STAGE, "INVESTIGATION", "fase preparatoria", "preparatoria", "investigacion penal",
                "fase de investigacion", "en investigacion");
        words(RosterColumn.STAGE, "APPEAL", "casacion", "recurso", "en apelacion");
        words(RosterColumn.STAGE, "NONE", "sin causa", "no hay proceso");
        words(RosterColumn.CHARGES, "-", "ninguno", "ninguna", "sin cargos", "no tiene", "no hay");
        words(RosterColumn.EVENT, "none", "ninguno", "ninguna", "sin vinculo", "no");
    }

    private static void words(RosterColumn column, String meaning, String... keys) {
        Map<String, String> map = COMMON.computeIfAbsent(column, c -> new HashMap<>());
        for (String k : keys) {
            map.put(SheetWords.key(k), meaning);
        }
    }

    /** «8.12», «numeral 12», «Art. 8 num. 12», «8,12»: the numeral of Art. 8. */
    private static final Pattern NUMERAL = Pattern.compile("(?:^|\\D)8\\s*[.,]\\s*(\\d{1,2})(?:\\D|$)|num(?:eral)?\\.?\\s*(\\d{1,2})",
            Pattern.CASE_INSENSITIVE);

    /** Distinct cells remembered per column: a yes/no or choice column repeats a few words. */
    private static final int MEMO_PER_COLUMN = 1_000;

    private final Map<RosterColumn, Map<String, String>> own;
    private final boolean locationMeansAbroad;
    /** Per column, the meaning of each cell already read (one reader thread reads a roster). */
    private final Map<RosterColumn, Map<String, String>> seen = new EnumMap<>(RosterColumn.class);

    /**
     * {@code own}: the NGO's words per field, each key as {@link SheetWords#key} and each meaning the
     * contract's word ({@code true}, {@code TRIAL}, {@code 8.12}, {@code -}); {@code locationMeansAbroad}:
     * the location column is a yes/no «¿en el exterior?», so yes is ABROAD and no VENEZUELA.
     */
    ValueWords(Map<RosterColumn, Map<String, String>> own, boolean locationMeansAbroad) {
        Map<RosterColumn, Map<String, String>> copy = new EnumMap<>(RosterColumn.class);
        own.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.own = copy;
        this.locationMeansAbroad = locationMeansAbroad;
        for (RosterColumn c : RosterColumn.values()) {
            seen.put(c, new HashMap<>());
        }
    }

    /**
     * The contract's word for a trimmed cell ({@code null}: empty) of {@code column}, or the cell as
     * written when no word means anything here. An empty cell stays empty unless the NGO gave a
     * meaning to {@code ""}.
     */
    String meaning(RosterColumn column, String cell) {
        RosterColumn.Kind kind = column.kind();
        if ((kind == RosterColumn.Kind.DATE || kind == RosterColumn.Kind.NAME || kind == RosterColumn.Kind.ID)
                && !own.containsKey(column)) {
            return cell; // no words to read: a date, a name, an id
        }
        if (cell == null) {
            return meaningOf(column, null);
        }
        Map<String, String> memo = seen.get(column);
        String known = memo.get(cell);
        if (known == null) {
            known = meaningOf(column, cell);
            if (memo.size() < MEMO_PER_COLUMN) {
                memo.put(cell, known);
            }
        }
        return known;
    }

    private String meaningOf(RosterColumn column, String cell) {
        Map<String, String> mine = own.get(column);
        String key = cell == null ? "" : SheetWords.key(cell);
        if (mine != null && mine.containsKey(key) && (cell == null) == key.isEmpty()) {
            return mine.get(key);
        }
        if (cell == null) {
            return null;
        }
        if (column.kind() == RosterColumn.Kind.BOOLEAN || (column == RosterColumn.LOCATION && locationMeansAbroad)) {
            Boolean b = yesNo(cell, key);
            String common = COMMON.getOrDefault(column, Map.of()).get(key);
            if (b == null && common != null) {
                return common;
            }
            if (b != null) {
                return column == RosterColumn.LOCATION ? (b ? "ABROAD" : "VENEZUELA") : b.toString();
            }
            return cell;
        }
        String common = COMMON.getOrDefault(column, Map.of()).get(key);
        if (common != null) {
            return common;
        }
        if (column.kind() == RosterColumn.Kind.EVENT) {
            Matcher m = NUMERAL.matcher(cell);
            if (m.find()) {
                return "8." + Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return cell;
    }

    /** Yes or no in the words sheets use; {@code null} when the cell says neither. */
    static Boolean yesNo(String cell, String key) {
        if (TRUE.contains(key) || TICKS.contains(cell)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(key) || CROSSES.contains(cell)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Whether {@code cell} has a meaning for {@code column} without the NGO's words (for the proposal's doubts). */
    boolean understood(RosterColumn column, String cell) {
        String meant = meaning(column, cell);
        return switch (column.kind()) {
            case BOOLEAN -> "true".equals(meant) || "false".equals(meant);
            case EVENT -> "none".equals(meant) || meant.matches("8\\.\\d{1,2}");
            case CHOICE -> choice(column, meant) != null;
            default -> true;
        };
    }

    /** The contract's word a meaning written in a column map stands for, or {@code null} when it is none for {@code column}. */
    static String contractWord(RosterColumn column, String written) {
        String key = SheetWords.key(written);
        if (column.kind() == RosterColumn.Kind.BOOLEAN) {
            Boolean b = yesNo(written, key);
            return b == null ? null : b.toString();
        }
        if (column.kind() == RosterColumn.Kind.EVENT) {
            if (key.equals("none") || key.equals("ninguno")) {
                return "none";
            }
            return written.strip().matches("8\\.\\d{1,2}") ? written.strip() : null;
        }
        if (column == RosterColumn.CHARGES) {
            return written.strip().equals("-") || key.equals("ninguno") || key.equals("none") ? "-" : null;
        }
        if (column.kind() == RosterColumn.Kind.CHOICE) {
            Enum<?> e = choice(column, written.strip());
            return e == null ? null : e.name();
        }
        return null;
    }

    /** The constant of a choice column a word names ({@link CaseEnums}), or {@code null}. */
    private static <E extends Enum<E>> E choice(RosterColumn column, String word) {
        Class<E> type = column.choices();
        return CaseEnums.parse(type, word);
    }

    /** The contract's words a column map may give for {@code column}, for messages. */
    static String allowedWords(RosterColumn column) {
        if (column.kind() == RosterColumn.Kind.BOOLEAN) {
            return "sí, no";
        }
        if (column.kind() == RosterColumn.Kind.EVENT) {
            return "8.1 … 8.13, none";
        }
        if (column == RosterColumn.CHARGES) {
            return "- (ningún cargo / no charges)";
        }
        if (column.kind() == RosterColumn.Kind.CHOICE) {
            StringBuilder b = new StringBuilder();
            for (Enum<?> e : column.choices().getEnumConstants()) {
                b.append(b.length() == 0 ? "" : ", ").append(e.name());
            }
            return b.toString();
        }
        return "";
    }

}
