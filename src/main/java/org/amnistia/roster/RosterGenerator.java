package org.amnistia.roster;

import org.amnistia.law.EncodedLaw;
import org.amnistia.law.NumeralWindows;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes synthetic roster CSVs of fictional people for tests and benchmarks: every column, dates
 * crowding around the date windows the caller supplies (the engine passes the law's Art. 8 windows;
 * no law is written here), the charge bundles of {@code docs/ley/delitos.md}, missing facts, and the odd
 * quirk a real export has (quoted names, {@code sí}, free-text charges, an unrecognisable one).
 * To isolate one change of the law, {@link #insideOnly} puts every conduct inside the windows given
 * (one numeral's, say) and {@link #chargeOnly} gives every row one charge alone (one exclusion's).
 * Same seed, same bytes: the random numbers come from SplitMix64, whose output is fixed by its
 * definition, not by a JDK version.
 */
public final class RosterGenerator {

    /**
     * A span of days, both ends included; {@code event}, when not null, is the numeral a case whose
     * conduct falls inside states as its link (the windows of numerals matched BY EVENT).
     */
    public record DateWindow(LocalDate from, LocalDate to, String event) {
        public DateWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("window ends before it starts: " + from + " – " + to);
            }
        }

        public DateWindow(LocalDate from, LocalDate to) {
            this(from, to, null);
        }
    }

    /** The header: every column, in canonical order. */
    public static final String HEADER;

    static {
        StringBuilder b = new StringBuilder();
        for (RosterColumn c : RosterColumn.values()) {
            b.append(b.length() == 0 ? "" : ",").append(c.header());
        }
        HEADER = b.toString();
    }

    // Invented names: common given names with made-up surnames, so that no row names a real person.
    private static final String[] GIVEN = {
        "Ana", "Luis", "María", "José", "Carmen", "Jesús", "Rosa", "Pedro", "Yelitza", "Omar", "Daniela",
        "Wilmer", "Yusmary", "Freddy", "Luisana", "Jhonny", "Marisela", "Ramón", "Génesis", "Argenis",
        "Nayeli", "Eudis", "Rosángela", "Deivis", "Zuleima", "Henry", "Oriana", "Leonel", "Betzabé", "Yorman"
    };
    private static final String[] SURNAME = {
        "Quelbarro", "Mirandiz", "Turpialo", "Oyambre", "Cerezal", "Zamburán", "Olvidares", "Fictorio",
        "Pampanito", "Alcaravel", "Morichalé", "Tepuyán", "Guacharal", "Araguaney", "Samanero", "Chigüirón",
        "Cardonal", "Médanos", "Caraotal", "Papelón", "Mamonero", "Cocuyal", "Jabillar", "Ceibalito",
        "Turmerito", "Cujízal", "Guayabito", "Onotero", "Bucarito", "Apamatel"
    };
    private static final String[] NICK = {"La Flaca", "El Zurdo", "Chino", "Gocho", "La Negra", "El Catire"};

    private static final String[] PROTEST = {"OBSTACULIZACION_VIAS", "DANOS", "RESISTENCIA_AUTORIDAD"};
    private static final String[] FREE_TEXT = {
        "Terrorismo (art. 52 LOCDOFT);Incitación al odio",
        "Asociación para delinquir;Resistencia a la autoridad",
        "Traición a la patria;Conspiración",
        "Instigación pública;Agavillamiento",
        "Terrorismo;instigación al odio;obstaculización de vías",
        "Daños a la propiedad pública",
        "Homicidio intencional calificado|attempt"
    };
    private static final String[] MISC = {
        "AGAVILLAMIENTO;INSTIGACION_PUBLICA", "OFENSA_PRESIDENTE", "DIFUSION_INFORMACION_FALSA",
        "INCITACION_ODIO", "ULTRAJE;RESISTENCIA_AUTORIDAD", "PORTE_ILICITO_ARMA"
    };
    private static final String[] UNRECOGNISED = {"Abigeato", "Usura", "Invasión de terrenos"};
    private static final String[] EVENTS = {"8.8", "8.11", "8.13", "none"};
    private static final String[] STAGES = {"NONE", "INVESTIGATION", "CONTROL", "TRIAL", "APPEAL", "EXECUTION"};
    private static final int[] STAGE_WEIGHT = {3, 20, 30, 25, 7, 15};
    private static final String[] REQUEST_BY = {"PERSON", "DEFENSE", "RELATIVE", "PROSECUTOR"};
    private static final String[] TRUE_WORDS = {"true", "true", "true", "true", "true", "true", "sí", "si", "1", "SÍ"};
    private static final String[] FALSE_WORDS = {"false", "false", "false", "false", "false", "no", "no", "0"};

    private static final long UNIFORM_FROM = LocalDate.of(1999, 1, 1).toEpochDay();
    private static final long UNIFORM_DAYS = LocalDate.of(2026, 12, 31).toEpochDay() - UNIFORM_FROM + 1;
    private static final long REQUEST_FROM = LocalDate.of(2026, 2, 20).toEpochDay();

    /** The codes that make a bundle military: the row then says the person is military. */
    private static final Set<String> MILITARY = Set.of("REBELION_MILITAR", "TRAICION_MILITAR");

    private final long seed;
    private final List<DateWindow> anchors;
    private final boolean insideOnly;
    private final String onlyCharge;
    private final String idPrefix;
    private long state;

    /**
     * Every Art. 8 window of a version under both readings, as the version's own rules describe
     * them ({@code LawProbe}), each with its BY EVENT link: the anchors a roster for that version
     * crowds around.
     */
    public static List<DateWindow> anchorsOf(EncodedLaw law) {
        return anchorsOf(law.numerals());
    }

    /** The windows of one numeral of a version ({@code 8.10}) under both readings; empty if it has none. */
    public static List<DateWindow> anchorsOf(EncodedLaw law, String numeral) {
        return anchorsOf(law.numerals().stream().filter(n -> n.numeral().equals(numeral)).toList());
    }

    private static List<DateWindow> anchorsOf(List<NumeralWindows> numerals) {
        List<DateWindow> anchors = new ArrayList<>();
        for (NumeralWindows n : numerals) {
            String link = n.byEvent() ? n.event() : null;
            for (NumeralWindows.Span s : n.favourable()) {
                anchors.add(new DateWindow(s.from(), s.to(), link));
            }
            for (NumeralWindows.Span s : n.strict()) {
                anchors.add(new DateWindow(s.from(), s.to(), link));
            }
        }
        return anchors;
    }

    /** {@code anchors}: the windows the conduct dates crowd around (may be empty: then all uniform). */
    public RosterGenerator(long seed, List<DateWindow> anchors) {
        this(seed, anchors, false, null, "G");
    }

    private RosterGenerator(long seed, List<DateWindow> anchors, boolean insideOnly, String onlyCharge,
                            String idPrefix) {
        this.seed = seed;
        this.anchors = List.copyOf(anchors);
        this.insideOnly = insideOnly;
        this.onlyCharge = onlyCharge;
        this.idPrefix = idPrefix;
    }

    /**
     * The same generator with every conduct, start and end, by day, inside one of the anchors (none
     * near a bound, none uniform, none missing); refused when there are no anchors.
     */
    public RosterGenerator insideOnly() {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("insideOnly needs at least one window");
        }
        return new RosterGenerator(seed, anchors, true, onlyCharge, idPrefix);
    }

    /** The same generator with {@code code} as every row's only charge. */
    public RosterGenerator chargeOnly(String code) {
        return new RosterGenerator(seed, anchors, insideOnly, Objects.requireNonNull(code, "code"), idPrefix);
    }

    /** The same generator writing ids {@code PREFIX-0000001}… ({@code G} unless told): letters, digits, {@code .} and {@code _}. */
    public RosterGenerator idPrefix(String prefix) {
        if (!prefix.matches("[A-Za-z0-9._]+")) {
            throw new IllegalArgumentException("id prefix: letters, digits, dots and underscores only: " + prefix);
        }
        return new RosterGenerator(seed, anchors, insideOnly, onlyCharge, prefix);
    }

    /** Writes the header and {@code rows} rows (ids {@code G-0000001}…, or the prefix given) to {@code out}, flushed, not closed. */
    public void write(long rows, Writer out) throws IOException {
        state = seed;
        StringBuilder b = new StringBuilder(1 << 16);
        b.append(HEADER).append('\n');
        for (long i = 1; i <= rows; i++) {
            row(b, i);
            if (b.length() > 60_000) {
                out.append(b);
                b.setLength(0);
            }
        }
        out.append(b);
        out.flush();
    }

    private void row(StringBuilder b, long n) {
        // id
        b.append(idPrefix).append('-');
        String digits = Long.toString(n);
        for (int i = digits.length(); i < 7; i++) {
            b.append('0');
        }
        b.append(digits).append(',');
        name(b);
        b.append(',');
        DateWindow anchor = conduct(b);
        // conduct_ceased, political, event, assembly_mandate
        bool(b, 0.55, 0.15);
        b.append(',');
        bool(b, 0.80, 0.10);
        b.append(',');
        if (anchor != null && anchor.event() != null && chance(0.6)) {
            b.append(anchor.event()); // the roster knows the link for most conduct inside a BY EVENT window
        } else if (chance(0.05)) {
            b.append(pick(EVENTS));
        }
        b.append(',');
        bool(b, 0.03, 0.02);
        b.append(',');
        boolean military = charges(b);
        b.append(',');
        // location, detained, military, minor
        double where = nextDouble();
        boolean abroad = where >= 0.88 && where < 0.96;
        b.append(where < 0.88 ? "VENEZUELA" : abroad ? "ABROAD" : "").append(',');
        if (abroad) {
            bool(b, 0.0, 0.6);
        } else {
            bool(b, 0.70, 0.20);
        }
        b.append(',');
        if (military) {
            b.append(pick(TRUE_WORDS));
        } else {
            bool(b, 0.03, 0.85);
        }
        b.append(',');
        bool(b, 0.03, 0.80);
        b.append(',');
        // stage, a_derecho
        if (!chance(0.05)) {
            b.append(STAGES[weighted(STAGE_WEIGHT)]);
        }
        b.append(',');
        bool(b, 0.45, 0.10);
        b.append(',');
        // request_filed_on, request_by
        if (chance(0.25)) {
            day(b, REQUEST_FROM + nextInt(60));
            b.append(',').append(abroad && chance(0.7) ? "ATTORNEY_ABROAD" : pick(REQUEST_BY));
        } else {
            b.append(',');
        }
        b.append(',');
        if (chance(0.05)) {
            b.append("2026-03-15");
        }
        b.append('\n');
    }

    private void name(StringBuilder b) {
        String given = pick(GIVEN);
        String first = pick(SURNAME);
        String second = pick(SURNAME);
        double quirk = nextDouble();
        if (quirk < 0.02) {
            // "Surname Surname, Given": a comma, so the cell is quoted
            b.append('"').append(first).append(' ').append(second).append(", ").append(given).append('"');
        } else if (quirk < 0.03) {
            // a nickname in quotes, escaped as ""
            b.append('"').append(given).append(" \"\"").append(pick(NICK)).append("\"\" ").append(first).append('"');
        } else {
            b.append(given).append(' ').append(first).append(' ').append(second);
        }
    }

    /** conduct_from and conduct_to (the 2 cells, each followed by a comma); the window drawn inside, if any. */
    private DateWindow conduct(StringBuilder b) {
        if (insideOnly) {
            DateWindow anchor = anchors.get(nextInt(anchors.size()));
            long from = inside(anchor);
            day(b, from);
            b.append(',');
            if (chance(0.3)) {
                day(b, Math.min(from + nextInt(60), anchor.to().toEpochDay()));
            }
            b.append(',');
            return anchor;
        }
        double p = nextDouble();
        boolean windows = !anchors.isEmpty();
        DateWindow anchor = null;
        long from;
        if (p < 0.45) {
            if (windows) {
                anchor = anchors.get(nextInt(anchors.size()));
                from = inside(anchor);
            } else {
                from = uniform();
            }
        } else if (p < 0.60) {
            from = windows ? nearBound() : uniform();
        } else if (p < 0.85) {
            from = uniform();
        } else if (p < 0.95) {
            // month or year precision
            long day = windows && chance(0.6) ? inside(anchors.get(nextInt(anchors.size()))) : uniform();
            LocalDate d = LocalDate.ofEpochDay(day);
            if (chance(0.7)) {
                pad(b, d.getYear(), 4).append('-');
                pad(b, d.getMonthValue(), 2);
            } else {
                pad(b, d.getYear(), 4);
            }
            b.append(",,");
            return null;
        } else {
            b.append(",,");
            return null;
        }
        day(b, from);
        b.append(',');
        if (chance(0.3)) {
            day(b, from + nextInt(60));
        }
        b.append(',');
        return anchor;
    }

    private long inside(DateWindow w) {
        long first = w.from().toEpochDay();
        return first + nextInt((int) (w.to().toEpochDay() - first + 1));
    }

    private long nearBound() {
        DateWindow w = anchors.get(nextInt(anchors.size()));
        long bound = chance(0.5) ? w.from().toEpochDay() : w.to().toEpochDay();
        return bound + nextInt(21) - 10;
    }

    private long uniform() {
        return UNIFORM_FROM + (long) (nextDouble() * UNIFORM_DAYS);
    }

    /** The charges cell; {@code true} when the bundle is a military one. */
    private boolean charges(StringBuilder b) {
        if (onlyCharge != null) {
            b.append(onlyCharge);
            return MILITARY.contains(onlyCharge);
        }
        double p = nextDouble();
        if (p < 0.40) {
            b.append("TERRORISMO;INCITACION_ODIO");
            if (chance(0.4)) {
                b.append(';').append(pick(PROTEST));
                if (chance(0.3)) {
                    b.append(';').append(pick(PROTEST));
                }
            }
        } else if (p < 0.50) {
            b.append("TERRORISMO;INCITACION_ODIO;TRAICION_PATRIA;CONSPIRACION;ASOCIACION");
        } else if (p < 0.58) {
            b.append("TERRORISMO;CONSPIRACION;ASOCIACION");
            if (chance(0.3)) {
                b.append(";TRAICION_PATRIA");
            }
        } else if (p < 0.66) {
            // military rebellion alone in half the military rows, so that its exclusion's effect shows
            // without treason's beside it
            if (chance(0.5)) {
                b.append("REBELION_MILITAR");
            } else {
                b.append(chance(0.7) ? "TRAICION_MILITAR" : "TRAICION_PATRIA")
                        .append(";CONSPIRACION;INSTIGACION_REBELION;REBELION_MILITAR");
            }
            return true;
        } else if (p < 0.70) {
            b.append(pick(FREE_TEXT));
        } else if (p < 0.73) {
            b.append("HOMICIDIO_INTENCIONAL|attempt;TERRORISMO");
        } else if (p < 0.75) {
            b.append(chance(0.5) ? "TRAFICO_DROGAS|min=8" : "TRAFICO_DROGAS");
        } else if (p < 0.765) {
            b.append("LESIONES_GRAVISIMAS;RESISTENCIA_AUTORIDAD");
        } else if (p < 0.775) {
            b.append(chance(0.7) ? "ACCION_ARMADA_EXTRANJERA;TRAICION_PATRIA" : "MERCENARISMO;ASOCIACION");
        } else if (p < 0.79) {
            b.append("DANOS_BIENES_PUBLICOS;OBSTACULIZACION_VIAS");
        } else if (p < 0.80) {
            b.append(pick(UNRECOGNISED));
        } else if (p < 0.81) {
            b.append('-');
        } else if (p < 0.86) {
            return false; // unknown: the cell stays empty
        } else {
            b.append(pick(MISC));
        }
        return false;
    }

    /** A boolean cell: true with probability {@code t}, false with {@code f}, else empty. */
    private void bool(StringBuilder b, double t, double f) {
        double p = nextDouble();
        if (p < t) {
            b.append(pick(TRUE_WORDS));
        } else if (p < t + f) {
            b.append(pick(FALSE_WORDS));
        }
    }

    private void day(StringBuilder b, long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        pad(b, d.getYear(), 4).append('-');
        pad(b, d.getMonthValue(), 2).append('-');
        pad(b, d.getDayOfMonth(), 2);
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        int digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4;
        for (int i = digits; i < width; i++) {
            b.append('0');
        }
        return b.append(value);
    }

    // ---- SplitMix64 -----------------------------------------------------------------------------

    private long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in {@code [0, bound)}. */
    private int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    private boolean chance(double p) {
        return nextDouble() < p;
    }

    private String pick(String[] options) {
        return options[nextInt(options.length)];
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
