package org.amnistia.compare;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.engine.Reading;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawDiff;
import org.amnistia.law.LawVersion;
import org.amnistia.roster.RosterSummary;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Messages;
import org.amnistia.web.ChangeChartSvg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code compare --report}: one self-contained HTML file a legislator can hand round and print —
 * no network, no external file, Spanish first with an English switch. It says which two versions
 * (with their sources) were compared on which roster, who gains, who loses, who changes otherwise and
 * who stays, the article that made each difference, a chart of gains and losses by month of conduct
 * on the 1999–2026 timeline with both sides' windows, the people near a window bound
 * ({@code --near}) and what the law itself changes ({@link LawDiff}, as {@code law --diff}). Its
 * counts are the comparison's own, the ones the CSV of changed rows holds row by row.
 */
public final class ComparisonReport {

    /** One side: its name in the comparison, its version, its reading and the windows its rules encode. */
    private record Side(String name, LawVersion version, Reading reading, EncodedLaw law) {
    }

    private final Side a;
    private final Side b;
    private final LawDiff diff;
    /** The day cases without their own asOf were read as of. */
    private final LocalDate asOf;
    private final Map<String, long[]> byArticles = new TreeMap<>();
    private final Map<YearMonth, Long> gains = new TreeMap<>();
    private final Map<YearMonth, Long> losses = new TreeMap<>();

    private ComparisonReport(Side a, Side b, LawDiff diff, LocalDate asOf) {
        this.a = a;
        this.b = b;
        this.diff = diff;
        this.asOf = asOf;
    }

    /** A report of side A against side B; the law's changes are read from both versions' rules now. */
    public static ComparisonReport start(String nameA, Engine engineA, Reading readingA, String nameB, Engine engineB,
                                         Reading readingB) {
        LawDiff.Side sideA = LawProbe.side(engineA);
        LawDiff.Side sideB = LawProbe.side(engineB);
        return new ComparisonReport(new Side(nameA, sideA.version(), readingA, sideA.law()),
                new Side(nameB, sideB.version(), readingB, sideB.law()), LawDiff.of(sideA, sideB), engineA.runDate());
    }

    /** Counts one person compared: the articles of a change and, for a gain or a loss, the month of the conduct. */
    public synchronized void accept(VerdictPair pair, Difference difference) {
        Change change = difference.change();
        if (change == Change.UNCHANGED) {
            return;
        }
        byArticles.computeIfAbsent(change.ordinal() + "\t" + difference.articles(), k -> new long[1])[0]++;
        var from = pair.caseFile().conductOrEmpty().from();
        if (from != null && change != Change.CHANGES) {
            (change == Change.GAINS ? gains : losses).merge(YearMonth.from(from.first()), 1L, Long::sum);
        }
    }

    /** Writes the report of the whole run: {@code proximity} may be null (no {@code --near}). */
    public synchronized void write(Path file, String roster, ComparisonSummary comparison, RosterSummary summary,
                                   BoundaryProximity proximity) throws IOException {
        Map<String, Object> counts = comparison.toMap();
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text("Comparación " + a.name() + " → " + b.name()).raw("</title>\n<style>")
                .raw(STYLE).raw("</style>\n</head>\n<body>\n");
        h.raw("<header><h1>").both("Informe de comparación de versiones de la ley de amnistía",
                "Comparison report of versions of the amnesty law").raw("</h1>\n")
                .raw("<button type=\"button\" id=\"lang-switch\" class=\"no-print\" onclick=\"switchLanguage()\">English"
                        + "</button></header>\n");
        h.raw("<p class=\"lead\">").both("Nómina ", "Roster ").raw("<code>").text(roster).raw("</code> · ")
                .both("generado el ", "generated on ").text(LocalDate.now(ZoneId.of("America/Caracas")).toString())
                .both("; casos sin fecha propia leídos al ", "; cases without their own day read as of ").text(asOf.toString())
                .both(" con amnistia. No es asesoría legal: es una herramienta de cribado; la decisión es del tribunal.",
                        " with amnistia. Not legal advice: a screening tool; the decision is the court's.")
                .raw("</p>\n");
        versions(h);
        totals(h, counts, summary);
        articles(h);
        chart(h);
        near(h, proximity);
        lawChanges(h);
        h.raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }

    private void versions(Html h) {
        h.raw("<section id=\"versiones\">\n<h2>").both("Las dos versiones", "The two versions").raw("</h2>\n<table>\n<thead><tr><th></th><th>")
                .both("Versión", "Version").raw("</th><th>").both("Título", "Title").raw("</th><th>").both("Estado", "Status")
                .raw("</th><th>").both("Fecha", "Date").raw("</th><th>").both("Lectura", "Reading").raw("</th><th>")
                .both("Fuente", "Source").raw("</th></tr></thead>\n<tbody>\n");
        for (Side s : List.of(a, b)) {
            LawVersion v = s.version();
            h.raw("<tr><th>").text(s == a ? "A" : "B").raw("</th><td><code>").text(v.label()).raw("</code></td><td>")
                    .text(nullToDash(v.title())).raw("</td><td>").text(nullToDash(v.status())).raw("</td><td>")
                    .text(nullToDash(v.date())).raw("</td><td>")
                    .both(LawDiff.reading(s.reading().id(), false), LawDiff.reading(s.reading().id(), true))
                    .raw("</td><td class=\"source\">").text(nullToDash(v.source())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void totals(Html h, Map<String, Object> counts, RosterSummary summary) {
        h.raw("<section id=\"cifras\">\n<h2>").both("Quién gana y quién pierde", "Who gains and who loses").raw("</h2>\n")
                .raw("<p>").both("De A a B. Gana quien B ampara y A no; pierde quien A amparaba y B no; los otros cambios "
                                + "van entre no amparado e indeterminado.",
                        "From A to B. A gain is covered by B and not by A; a loss the reverse; other changes move between "
                                + "not covered and undetermined.").raw("</p>\n<table class=\"counts\">\n<tbody>\n");
        count(h, "gains", "Ganan", "Gain", (Long) counts.get("gains"));
        count(h, "loses", "Pierden", "Lose", (Long) counts.get("loses"));
        count(h, "changes", "Otros cambios", "Other changes", (Long) counts.get("changes"));
        @SuppressWarnings("unchecked")
        Map<String, Long> unchanged = (Map<String, Long>) counts.get("unchanged");
        for (Decision d : Decision.values()) {
            count(h, "unchanged-" + d.name(), "Sin cambio: " + decision(d, false), "Unchanged: " + decision(d, true),
                    unchanged.get(d.name()));
        }
        count(h, "rows", "Filas de la nómina", "Roster rows", summary.rows());
        count(h, "compared", "Comparadas", "Compared", summary.verdicts());
        count(h, "rejects", "Rechazadas (filas ilegibles)", "Rejected (unreadable rows)", summary.rejects());
        h.raw("</tbody>\n</table>\n");
        @SuppressWarnings("unchecked")
        Map<String, Long> moves = (Map<String, Long>) counts.get("moves");
        if (!moves.isEmpty()) {
            h.raw("<table class=\"moves\">\n<thead><tr><th>").both("Movimiento A → B", "Move A → B").raw("</th><th>")
                    .both("Personas", "People").raw("</th></tr></thead>\n<tbody>\n");
            moves.forEach((move, n) -> h.raw("<tr><td>").text(move).raw("</td><td class=\"n\">").number(n).raw("</td></tr>\n"));
            h.raw("</tbody>\n</table>\n");
        }
        h.raw("</section>\n");
    }

    private static void count(Html h, String key, String es, String en, long n) {
        h.raw("<tr><th>").both(es, en).raw("</th><td class=\"n\" data-count=\"").text(key).raw("\">").number(n)
                .raw("</td></tr>\n");
    }

    private void articles(Html h) {
        h.raw("<section id=\"por-articulo\">\n<h2>").both("El artículo que hizo la diferencia", "The article that made the difference")
                .raw("</h2>\n<p>").both("Los artículos de los hallazgos que deciden cada veredicto y que el otro lado no tiene, "
                                + "cada uno en la numeración de su versión (la columna «articles» del CSV).",
                        "The articles of the deciding findings each side has and the other lacks, each in its own version's "
                                + "numbering (the CSV's «articles» column).").raw("</p>\n");
        if (byArticles.isEmpty()) {
            h.raw("<p>").both("Ningún veredicto cambia.", "No verdict changes.").raw("</p>\n</section>\n");
            return;
        }
        h.raw("<table>\n<thead><tr><th>").both("Cambio", "Change").raw("</th><th>").both("Artículos en A", "Articles in A")
                .raw("</th><th>").both("Artículos en B", "Articles in B").raw("</th><th>").both("Personas", "People")
                .raw("</th></tr></thead>\n<tbody>\n");
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(byArticles.entrySet());
        rows.sort((x, y) -> x.getKey().charAt(0) != y.getKey().charAt(0) ? x.getKey().compareTo(y.getKey())
                : Long.compare(y.getValue()[0], x.getValue()[0]));
        for (Map.Entry<String, long[]> row : rows) {
            String[] key = row.getKey().split("\t", 2);
            Change change = Change.values()[Integer.parseInt(key[0])];
            String[] articles = key[1].split(" / ", 2);
            h.raw("<tr class=\"").text(change.id()).raw("\" data-change=\"").text(change.id()).raw("\"><td>")
                    .both(changeName(change, false), changeName(change, true)).raw("</td><td>").text(articles[0])
                    .raw("</td><td>").text(articles.length > 1 ? articles[1] : "—").raw("</td><td class=\"n\">")
                    .number(row.getValue()[0]).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void chart(Html h) {
        long dated = gains.values().stream().mapToLong(Long::longValue).sum() + losses.values().stream().mapToLong(Long::longValue).sum();
        h.raw("<section id=\"grafico\">\n<h2>").both("Ganancias y pérdidas por mes de la conducta",
                "Gains and losses by month of conduct").raw("</h2>\n<figure>\n")
                .raw(ChangeChartSvg.render("A: " + a.name(), a.law(), a.reading() == Reading.STRICT, "B: " + b.name(), b.law(),
                        b.reading() == Reading.STRICT, gains, losses))
                .raw("<figcaption id=\"chart-caption\">")
                .both("Arriba, las ventanas del Art. 8 de cada lado en su lectura (A lleno, B rayado; con borde de trazos, "
                                + "los numerales por hecho). Abajo, por el mes en que empieza la conducta: en verde, quienes ganan "
                                + "(hacia arriba); en rojo, quienes pierden (hacia abajo). ",
                        "Top: each side's Art. 8 windows under its reading (A solid, B hatched; dashed outline, by-event "
                                + "numerals). Below, by the month the conduct starts: green, who gains (up); red, who loses "
                                + "(down). ")
                .number(dated).both(" personas con fecha de conducta.", " people with a conduct date.")
                .raw("</figcaption>\n</figure>\n</section>\n");
    }

    private void near(Html h, BoundaryProximity proximity) {
        h.raw("<section id=\"cerca\">\n<h2>").both("Cerca de un límite de ventana", "Near a window bound").raw("</h2>\n");
        if (proximity == null) {
            h.raw("<p>").both("Sin --near: la comparación no contó a quienes están cerca de un límite.",
                    "Without --near: the comparison did not count who is near a bound.").raw("</p>\n</section>\n");
            return;
        }
        h.raw("<p>").both("Personas cuya conducta empieza o termina a ", "People whose conduct starts or ends within ")
                .number(proximity.days()).both(" días o menos de un límite: las que una pequeña reforma de una fecha movería.",
                        " days of a bound: those a small amendment to a date would move.").raw("</p>\n");
        h.raw("<table>\n<thead><tr><th>").both("Límite", "Bound").raw("</th><th>").both("Personas", "People")
                .raw("</th></tr></thead>\n<tbody>\n");
        proximity.counts().forEach((bound, n) -> {
            if (n > 0) {
                h.raw("<tr><td>").both(bound.label(false), bound.label(true)).raw("</td><td class=\"n\" data-near>")
                        .number(n).raw("</td></tr>\n");
            }
        });
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void lawChanges(Html h) {
        h.raw("<section id=\"cambios-de-la-ley\">\n<h2>").both("Qué cambia la ley de A a B", "What the law changes from A to B")
                .raw("</h2>\n");
        if (diff.changesNothing()) {
            h.raw("<p>").both("Las dos versiones tienen las mismas reglas: la diferencia es la lectura de las dudas.",
                    "Both sides have the same rules: the difference is how the doubts are read.").raw("</p>\n</section>\n");
            return;
        }
        if (!diff.windows().isEmpty()) {
            h.raw("<h3>").both("Ventanas que se mueven", "Windows that move").raw("</h3>\n<table>\n<thead><tr><th>")
                    .both("Numeral", "Numeral").raw("</th><th>").both("Lectura", "Reading").raw("</th><th>A</th><th>B</th><th>")
                    .both("Días", "Days").raw("</th></tr></thead>\n<tbody>\n");
            for (LawDiff.WindowMove w : diff.windows()) {
                h.raw("<tr><td>").both(LawDiff.label(w, false), LawDiff.label(w, true)).raw("</td><td>")
                        .both(LawDiff.reading(w.reading(), false), LawDiff.reading(w.reading(), true)).raw("</td><td>")
                        .both(LawDiff.window(w.before(), w.byEventBefore(), false), LawDiff.window(w.before(), w.byEventBefore(), true))
                        .raw("</td><td>")
                        .both(LawDiff.window(w.after(), w.byEventAfter(), false), LawDiff.window(w.after(), w.byEventAfter(), true))
                        .raw("</td><td class=\"n\">").both(LawDiff.days(w, false), LawDiff.days(w, true)).raw("</td></tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        if (!diff.exclusions().isEmpty()) {
            h.raw("<h3>").both("Exclusiones", "Exclusions").raw("</h3>\n<table>\n<thead><tr><th>").both("Delito", "Offence")
                    .raw("</th><th>A</th><th>B</th></tr></thead>\n<tbody>\n");
            for (LawDiff.ExclusionChange x : diff.exclusions()) {
                h.raw("<tr><td>").text(x.offense()).raw("</td><td>")
                        .both(LawDiff.readings(x.before(), false), LawDiff.readings(x.before(), true)).raw("</td><td>")
                        .both(LawDiff.readings(x.after(), false), LawDiff.readings(x.after(), true)).raw("</td></tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        Messages es = Messages.ui("es");
        Messages en = Messages.ui("en");
        list(h, "Dudas que aparecen", "Doubts that appear", diff.doubtsAppear(), d -> es.format("duda." + d),
                d -> en.format("duda." + d));
        list(h, "Dudas que desaparecen", "Doubts that disappear", diff.doubtsDisappear(), d -> es.format("duda." + d),
                d -> en.format("duda." + d));
        list(h, "Reglas reemplazadas", "Rules replaced", diff.rulesReplaced(), r -> r, r -> r);
        list(h, "Reglas derogadas", "Rules repealed", diff.rulesRepealed(), r -> r, r -> r);
        list(h, "Reglas añadidas", "Rules added", diff.rulesAdded(), r -> r, r -> r);
        h.raw("</section>\n");
    }

    private static void list(Html h, String es, String en, List<String> items, Function<String, String> inEs,
                             Function<String, String> inEn) {
        if (items.isEmpty()) {
            return;
        }
        h.raw("<h3>").both(es, en).raw(" (").number(items.size()).raw(")</h3>\n<ul class=\"rules\">\n");
        items.forEach(i -> h.raw("<li>").both(inEs.apply(i), inEn.apply(i)).raw("</li>\n"));
        h.raw("</ul>\n");
    }

    private static String changeName(Change change, boolean en) {
        return switch (change) {
            case GAINS -> en ? "gains" : "gana";
            case LOSES -> en ? "loses" : "pierde";
            case CHANGES, UNCHANGED -> en ? "changes" : "cambia";
        };
    }

    private static String decision(Decision d, boolean en) {
        return switch (d) {
            case ELIGIBLE -> en ? "covered" : "amparados";
            case NOT_ELIGIBLE -> en ? "not covered" : "no amparados";
            case UNDETERMINED -> en ? "undetermined" : "indeterminados";
        };
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** HTML as text: escaped text, both languages side by side, numbers grouped by a thin space. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(64 * 1024);

        Html raw(String s) {
            out.append(s);
            return this;
        }

        Html text(String s) {
            out.append(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"));
            return this;
        }

        Html both(String es, String en) {
            if (es.equals(en)) {
                return text(es);
            }
            raw("<span lang=\"es\">").text(es).raw("</span><span lang=\"en\">").text(en).raw("</span>");
            return this;
        }

        Html number(long n) {
            return raw(String.format("%,d", n).replace(",", "\u202F"));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private static final String STYLE = """
            body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;color:#1a1a1a;max-width:1000px;margin:1.5rem auto;\
            padding:0 1rem;line-height:1.4;font-size:14px}
            header{display:flex;justify-content:space-between;align-items:flex-start;gap:1rem}h1{font-size:1.45rem;margin:0 0 .4rem}h2{font-size:1.15rem;border-bottom:2px solid #1d5fa0;padding-bottom:.2rem;\
            margin-top:1.6rem}h3{font-size:1rem;margin:1rem 0 .3rem}
            .lead{color:#444}table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #c9ced6;\
            padding:.25rem .45rem;text-align:left;vertical-align:top}thead th{background:#eef2f7}td.n{text-align:right;\
            font-variant-numeric:tabular-nums;white-space:nowrap}table.counts{width:auto;min-width:22rem}td.source{font-size:.85em;\
            word-break:break-word}tr.gains td:first-child{color:#2e7d32;font-weight:bold}tr.loses td:first-child{color:#b3261e;\
            font-weight:bold}ul.rules{font-size:.9em;margin:.2rem 0;padding-left:1.2rem}figure{margin:0}svg{max-width:100%;\
            height:auto}figcaption{font-size:.9em;color:#333}
            #lang-switch{padding:.35rem .8rem;font-size:.95rem;cursor:pointer;flex:none}
            html[lang="es"] [lang="en"]:not(#lang-switch),html[lang="en"] [lang="es"]:not(#lang-switch){display:none}
            @page{size:A4;margin:14mm}
            @media print{.no-print{display:none}body{margin:0;max-width:none;font-size:11px}section{break-inside:avoid-page}\
            h2{break-after:avoid}}
            """;

    private static final String SCRIPT = """
            function switchLanguage(){var h=document.documentElement,en=h.lang!=="en";h.lang=en?"en":"es";\
            var b=document.getElementById("lang-switch");b.textContent=en?"Español":"English";b.lang=en?"es":"en";\
            document.title=en?document.title.replace("Comparación","Comparison"):document.title.replace("Comparison","Comparación");}
            """;
}
