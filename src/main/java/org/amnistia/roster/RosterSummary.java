package org.amnistia.roster;

import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.ArticleOrder;
import org.amnistia.offense.AliasFile;
import org.amnistia.offense.Offense;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The counts of a roster run (docs/spec/linea-de-ordenes.md, "Summary"): {@code rows} (non-blank records after the header),
 * {@code verdicts}, {@code rejects}, {@code blank}, {@code byVerdict}, {@code byArticle} (verdicts
 * citing each article), {@code byDoubt}, {@code byRejectReason} (rejects per field, {@code csv} or
 * {@code json} for structural errors) and {@code seconds}. When a run ends normally
 * {@code rows == verdicts + rejects}. Thread-safe: the reading and the writing threads both add.
 */
public final class RosterSummary {

    private long rows;
    private long verdicts;
    private long rejects;
    private long blank;
    private double seconds;
    /** The day cases without their own asOf were read as of (--as-of, or the run's day). */
    private LocalDate asOf;
    private final Map<Decision, Long> byVerdict = new EnumMap<>(Decision.class);
    // counted in hash maps (the hot path), sorted only when shown
    private final Map<String, long[]> byArticle = new HashMap<>();
    private final Map<String, long[]> byDoubt = new HashMap<>();
    private final Map<String, long[]> byRejectReason = new HashMap<>();
    /** Set when the run tallied them: the charge texts the catalogue did not recognise. */
    private UnrecognisedCharges unrecognised;
    /** Set for an NGO's sheet: how its columns were read. */
    private ColumnMapping columns;
    /** Set for a text roster: the encoding its bytes were read in. */
    private RosterEncoding encoding;

    public RosterSummary() {
        for (Decision d : Decision.values()) {
            byVerdict.put(d, 0L);
        }
    }

    /** Counts records read (verdict-bound or rejected). */
    public synchronized void addRows(long n) {
        rows += n;
    }

    public synchronized void addBlank(long n) {
        blank += n;
    }

    public synchronized void addReject(Reject reject) {
        rejects++;
        byRejectReason.computeIfAbsent(reasonKey(reject.field()), k -> new long[1])[0]++;
    }

    public synchronized void addVerdicts(List<Verdict> chunk) {
        for (Verdict v : chunk) {
            verdicts++;
            if (v.verdict() != null) {
                byVerdict.merge(v.verdict(), 1L, Long::sum);
            }
            count(byArticle, v.articles());
            count(byDoubt, v.doubts());
        }
    }

    public synchronized void setUnrecognised(UnrecognisedCharges unrecognised) {
        this.unrecognised = unrecognised;
    }

    /** How the roster's columns were read; shown only for an NGO's sheet (not the contract's columns). */
    public synchronized void setColumns(ColumnMapping columns) {
        this.columns = columns != null && columns.sheet() ? columns : null;
    }

    public synchronized void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** The encoding a text roster was read in; {@code null} for a workbook (not shown). */
    public synchronized void setEncoding(RosterEncoding encoding) {
        this.encoding = encoding;
    }

    /** The encoding the roster was read in, or {@code null}. */
    public synchronized RosterEncoding encoding() {
        return encoding;
    }

    public synchronized void setSeconds(double seconds) {
        this.seconds = seconds;
    }

    private static void count(Map<String, long[]> map, List<String> keys) {
        if (keys != null) {
            for (String k : keys) {
                long[] n = map.get(k);
                if (n == null) {
                    map.put(k, n = new long[1]);
                }
                n[0]++;
            }
        }
    }

    /** {@code charges[2].offense} → {@code charges.offense}: one key per field, not per index. */
    static String reasonKey(String field) {
        if (field == null || field.isEmpty()) {
            return "?";
        }
        if (field.indexOf('[') < 0) {
            return field;
        }
        return field.replaceAll("\\[\\d+]", "");
    }

    public synchronized long rows() {
        return rows;
    }

    public synchronized long verdicts() {
        return verdicts;
    }

    public synchronized long rejects() {
        return rejects;
    }

    public synchronized long blank() {
        return blank;
    }

    public synchronized double seconds() {
        return seconds;
    }

    /** {@code rows == verdicts + rejects}. */
    public synchronized boolean balanced() {
        return rows == verdicts + rejects;
    }

    public synchronized Map<Decision, Long> byVerdict() {
        return Collections.unmodifiableMap(new EnumMap<>(byVerdict));
    }

    public synchronized Map<String, Long> byArticle() {
        return copy(byArticle);
    }

    public synchronized Map<String, Long> byDoubt() {
        return copy(byDoubt);
    }

    public synchronized Map<String, Long> byRejectReason() {
        return copy(byRejectReason);
    }

    /** Sorted copy: legal order for articles and doubts (and for fields, which it sorts by name). */
    private static Map<String, Long> copy(Map<String, long[]> map) {
        Map<String, Long> sorted = new TreeMap<>(ArticleOrder.INSTANCE);
        map.forEach((k, v) -> sorted.put(k, v[0]));
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** The summary as ordered fields: the shape of {@link #toJson()}. */
    public synchronized Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("verdicts", verdicts);
        out.put("rejects", rejects);
        out.put("blank", blank);
        if (encoding != null) {
            out.put("encoding", encoding.code());
        }
        Map<String, Long> verdictCounts = new LinkedHashMap<>();
        byVerdict.forEach((k, v) -> verdictCounts.put(k.name(), v));
        out.put("byVerdict", verdictCounts);
        out.put("byArticle", copy(byArticle));
        out.put("byDoubt", copy(byDoubt));
        out.put("byRejectReason", copy(byRejectReason));
        if (unrecognised != null) {
            List<Map<String, Object>> texts = new ArrayList<>();
            for (AliasFile.Unclassified u : unrecognised.entries()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("text", u.text());
                entry.put("rows", u.rows());
                entry.put("closest", u.closest().stream().map(Offense::code).toList());
                texts.add(entry);
            }
            out.put("unrecognisedCharges", texts);
        }
        if (columns != null) {
            Map<String, Object> sheet = new LinkedHashMap<>();
            sheet.put("used", columns.used());
            sheet.put("ignored", columns.ignored());
            sheet.put("mappedButAbsent", columns.mappedButAbsent());
            sheet.put("dateOrder", columns.order().code());
            sheet.put("idsFromRows", columns.idsFromRows());
            if (columns.conductDateColumn() != null) {
                sheet.put("conductDateFrom", columns.conductDateColumn());
            }
            out.put("columns", sheet);
        }
        if (asOf != null) {
            out.put("asOf", asOf.toString());
        }
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return out;
    }

    /** Pretty-printed JSON (the {@code --summary} file). */
    public String toJson() {
        return CaseJson.pretty(toMap());
    }

    /** A few readable lines for standard error, in Spanish ({@code "es"}) or English ({@code "en"}). */
    public synchronized String toText(String lang) {
        boolean en = "en".equals(lang);
        Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("es");
        StringBuilder b = new StringBuilder();
        double rate = seconds > 0 ? rows / seconds : 0;
        b.append(en ? "Roster: " : "Nómina: ").append(n(locale, rows)).append(en ? " rows in " : " filas en ")
                .append(String.format(locale, "%.1f s", seconds));
        if (rate > 0) {
            b.append(" (").append(n(locale, Math.round(rate))).append(en ? " rows/s)" : " filas/s)");
        }
        if (asOf != null) {
            b.append(en ? " · read as of " : " · leída al ").append(asOf);
        }
        b.append('\n');
        b.append(en ? "  verdicts " : "  veredictos ").append(n(locale, verdicts))
                .append(en ? " · rejected " : " · rechazadas ").append(n(locale, rejects))
                .append(en ? " · blank lines " : " · líneas en blanco ").append(n(locale, blank)).append('\n');
        b.append(en ? "  eligible " : "  elegibles ").append(n(locale, byVerdict.get(Decision.ELIGIBLE)))
                .append(en ? " · not eligible " : " · no elegibles ").append(n(locale, byVerdict.get(Decision.NOT_ELIGIBLE)))
                .append(en ? " · undetermined " : " · indeterminados ").append(n(locale, byVerdict.get(Decision.UNDETERMINED)))
                .append('\n');
        line(b, en ? "  articles: " : "  artículos: ", byArticle, locale);
        line(b, en ? "  doubts: " : "  dudas: ", byDoubt, locale);
        line(b, en ? "  rejects by field: " : "  rechazos por campo: ", byRejectReason, locale);
        if (unrecognised != null) {
            List<AliasFile.Unclassified> texts = unrecognised.entries();
            if (!texts.isEmpty()) {
                b.append(en ? "  unrecognised charges (distinct texts: " : "  cargos no reconocidos (textos distintos: ")
                        .append(n(locale, texts.size()))
                        .append(en ? "; --unrecognised-out writes them as an alias file):\n"
                                : "; --unrecognised-out los escribe como archivo de alias):\n");
                for (AliasFile.Unclassified u : texts.subList(0, Math.min(10, texts.size()))) {
                    b.append("    «").append(u.text()).append("» ").append(n(locale, u.rows()))
                            .append(u.closest().isEmpty() ? "" : (en ? " → did you mean " : " → ¿quiso decir ")
                                    + u.closest().stream().map(Offense::code).collect(Collectors.joining(", "))
                                    + "?")
                            .append('\n');
                }
            }
        }
        if (columns != null) {
            columnLines(b, en);
        }
        return b.toString();
    }

    /** How an NGO's sheet was read: the columns left out and why, the date order, the ids, where the conduct's date came from. */
    private void columnLines(StringBuilder b, boolean en) {
        if (!columns.ignored().isEmpty()) {
            b.append(en ? "  columns ignored: " : "  columnas ignoradas: ");
            boolean first = true;
            for (Map.Entry<String, String> e : columns.ignored().entrySet()) {
                String[] why = e.getValue().split(" / ", 2);
                b.append(first ? "" : " · ").append('«').append(e.getKey()).append("» (").append(en && why.length > 1 ? why[1] : why[0])
                        .append(')');
                first = false;
            }
            b.append('\n');
        }
        if (!columns.mappedButAbsent().isEmpty()) {
            b.append(en ? "  in the column map but not in the roster: " : "  en el mapa de columnas pero no en la nómina: ")
                    .append(String.join(", ", columns.mappedButAbsent())).append('\n');
        }
        b.append(en ? "  dates read as " + columns.order().en() : "  fechas leídas como " + columns.order().es());
        if (columns.idsFromRows()) {
            b.append(en ? " · ids: the row numbers (fila-N), the sheet has no id column"
                    : " · ids: el número de fila (fila-N), la hoja no tiene columna de id");
        }
        b.append('\n');
        if (columns.conductDateColumn() != null) {
            String[] is = columns.conductDateIs();
            b.append(en ? "  the conduct's date was taken from «" + columns.conductDateColumn() + "», the " + is[1]
                    + " date, as the column map says: Arts. 1 and 7 test the date of the conduct; check they agree\n"
                    : "  la fecha de la conducta se tomó de «" + columns.conductDateColumn() + "», la fecha de " + is[0]
                    + ", como dice el mapa de columnas: los Arts. 1 y 7 miden la fecha de la conducta; compruebe que coinciden\n");
        }
    }

    private static void line(StringBuilder b, String label, Map<String, long[]> counts, Locale locale) {
        if (counts.isEmpty()) {
            return;
        }
        b.append(label);
        boolean first = true;
        for (Map.Entry<String, Long> e : copy(counts).entrySet()) {
            b.append(first ? "" : " · ").append(e.getKey()).append(' ').append(n(locale, e.getValue()));
            first = false;
        }
        b.append('\n');
    }

    private static String n(Locale locale, long value) {
        return String.format(locale, "%,d", value);
    }
}
