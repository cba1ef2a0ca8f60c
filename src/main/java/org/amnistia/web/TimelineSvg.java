package org.amnistia.web;

import org.amnistia.law.EncodedLaw;
import org.amnistia.law.NumeralWindows;
import org.amnistia.law.NumeralWindows.Span;
import org.amnistia.verdict.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 1999–2026 timeline as an SVG picture, built as text: the temporal scope (Art. 6 of
 * {@code ley-2026}) and every covered event's window (Art. 8), favourable reading solid and strict reading hatched, BY EVENT numerals with a
 * dashed outline; optionally the case under evaluation as a band across the windows, and a
 * roster's conduct dates as a monthly density strip under the axis.
 */
public final class TimelineSvg {

    private static final LocalDate AXIS_FROM = LocalDate.of(1999, 1, 1);
    /** Exclusive: the axis ends with the last day of 2026. */
    private static final LocalDate AXIS_TO = LocalDate.of(2027, 1, 1);

    static final int WIDTH = 980;
    static final int LEFT = 70;
    static final int RIGHT = 14;
    private static final int ROW = 22;
    static final int BAR = 8;
    private static final int ROWS_TOP = 64;
    private static final int STRIP = 56;
    private static final double MIN_BAR = 2.5;

    static final String BLUE = "#1d5fa0";
    private static final String LIGHT_BLUE = "#a9c8e8";
    private static final String GREY = "#7a7a7a";
    private static final String CASE = "#b3261e";
    private static final String GAP = "#d9730d";
    static final String FONT = "font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\"";

    private TimelineSvg() {
    }

    /**
     * The picture for one version, in {@code es} or {@code en}. {@code conduct} (the case's
     * conduct, first to last day) and {@code roster} may each be {@code null}.
     */
    public static String render(EncodedLaw law, String lang, Span conduct, ConductDensity roster) {
        Messages ui = Messages.ui(lang);
        List<NumeralWindows> numerals = law.numerals();
        int rowsBottom = ROWS_TOP + ROW * (numerals.size() + 1);
        int axis = rowsBottom + 4;
        int height = axis + 26 + (roster == null ? 0 : STRIP + 52);

        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"tl-title tl-desc\" ").append(FONT).append(">\n");
        String title = ui.format("timeline.title", law.law());
        svg.append("<title id=\"tl-title\">").append(esc(title)).append("</title>\n");
        svg.append("<desc id=\"tl-desc\">").append(esc(description(law, ui, conduct))).append("</desc>\n");
        svg.append("<defs>")
                .append(hatch("hatch-blue", BLUE)).append(hatch("hatch-light", "#5d8fc4")).append(hatch("hatch-grey", GREY))
                .append("</defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, 8, 18, 14, "start", "bold", title);
        legend(svg, ui, conduct);

        for (int year = AXIS_FROM.getYear(); year < AXIS_TO.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>%n",
                    x, ROWS_TOP, x, rowsBottom));
        }
        // The version's own numbering labels the numerals; the scope's article differs between versions.
        row(svg, 0, ui.format("timeline.scope"), List.of(law.scopeFavourable()), List.of(law.scopeStrict()), false, true);
        for (int i = 0; i < numerals.size(); i++) {
            NumeralWindows n = numerals.get(i);
            row(svg, i + 1, "Art. " + n.numeral(), n.favourable(), n.strict(), n.byEvent(), false);
        }
        if (conduct != null) {
            // A conduct off the axis is drawn at the edge it lies beyond.
            double from = onAxis(x(conduct.from()));
            double to = onAxis(x(conduct.to().plusDays(1)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
                            + "fill-opacity=\"0.22\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                    Math.min(from, WIDTH - RIGHT - MIN_BAR), ROWS_TOP - 4, Math.max(to - from, MIN_BAR),
                    rowsBottom - ROWS_TOP + 8, CASE, CASE));
        }
        axis(svg, axis);
        if (roster != null) {
            strip(svg, ui, numerals, roster, axis + 26);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, Messages ui, Span conduct) {
        double x = 8;
        int y = 32;
        x = swatch(svg, x, y, "fill=\"" + BLUE + "\"", ui.format("timeline.favourable"));
        x = swatch(svg, x, y, "fill=\"url(#hatch-blue)\" stroke=\"" + BLUE + "\" stroke-width=\"0.6\"",
                ui.format("timeline.strict"));
        x = swatch(svg, x, y, "fill=\"" + LIGHT_BLUE + "\" stroke=\"" + BLUE + "\" stroke-dasharray=\"3 2\"",
                ui.format("timeline.by_event"));
        if (conduct != null) {
            swatch(svg, x, y, "fill=\"" + CASE + "\" fill-opacity=\"0.22\" stroke=\"" + CASE + "\"",
                    ui.format("timeline.case", label(conduct)));
        }
    }

    /** A legend entry; returns where the next one starts. */
    private static double swatch(StringBuilder svg, double x, int y, String style, String label) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"22\" height=\"10\" %s/>%n", x, y, style));
        text(svg, x + 27, y + 9, 11, "start", "normal", label);
        return x + 27 + label.length() * 6.1 + 18;
    }

    private static void row(StringBuilder svg, int index, String label, List<Span> favourable, List<Span> strict,
                            boolean byEvent, boolean scope) {
        int y = ROWS_TOP + index * ROW;
        if (index % 2 == 0) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f6f8\" "
                    + "fill-opacity=\"0.7\"/>%n", 0, y, WIDTH, ROW));
        }
        text(svg, LEFT - 8, y + 15, 11, "end", byEvent ? "bold" : "normal", label);
        String solid = scope ? GREY : byEvent ? LIGHT_BLUE : BLUE;
        String hatch = scope ? "hatch-grey" : byEvent ? "hatch-light" : "hatch-blue";
        String outline = byEvent ? " stroke=\"" + BLUE + "\" stroke-width=\"1\" stroke-dasharray=\"3 2\"" : "";
        for (Span s : favourable) {
            bar(svg, s, y + 2, "fill=\"" + solid + "\"" + outline);
        }
        for (Span s : strict) {
            bar(svg, s, y + 3 + BAR, "fill=\"url(#" + hatch + ")\" stroke=\"" + (scope ? GREY : BLUE)
                    + "\" stroke-width=\"" + (byEvent ? "1\" stroke-dasharray=\"3 2\"" : "0.6\""));
        }
    }

    static void bar(StringBuilder svg, Span span, int y, String style) {
        double from = x(span.from());
        double width = Math.max(x(span.to().plusDays(1)) - from, MIN_BAR);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" %s>"
                + "<title>%s</title></rect>%n", from, y, width, BAR, style, span));
    }

    static void axis(StringBuilder svg, int y) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, y, WIDTH - RIGHT, y));
        for (int year = AXIS_FROM.getYear(); year <= AXIS_TO.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n",
                    x, y, x, y + 5));
            if (year < AXIS_TO.getYear()) {
                double mid = (x + x(LocalDate.of(year + 1, 1, 1))) / 2;
                String label = year % 5 == 0 || year == AXIS_FROM.getYear() || year == AXIS_TO.getYear() - 1
                        ? Integer.toString(year) : String.format("%02d", year % 100);
                text(svg, mid, y + 17, 10, "middle", year % 5 == 0 ? "bold" : "normal", label);
            }
        }
    }

    /** The roster's conduct months as bars, coloured by whether the month touches a window. */
    private static void strip(StringBuilder svg, Messages ui, List<NumeralWindows> numerals, ConductDensity roster, int top) {
        text(svg, 8, top + 12, 11, "start", "bold", ui.format("timeline.roster", roster.dated(), roster.undated(),
                roster.rejected()));
        int base = top + 18 + STRIP;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                LEFT, base, WIDTH - RIGHT, base));
        double peak = Math.max(1, roster.busiestMonth());
        for (Map.Entry<YearMonth, Long> m : roster.perMonth().entrySet()) {
            LocalDate first = m.getKey().atDay(1);
            if (first.isBefore(AXIS_FROM) || !first.isBefore(AXIS_TO)) {
                continue;
            }
            double x = x(first);
            double width = Math.max(x(m.getKey().plusMonths(1).atDay(1)) - x - 0.4, 1);
            double h = Math.max(1, m.getValue() / peak * STRIP);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s: %d</title></rect>%n", x, base - h, width, h,
                    monthColour(numerals, m.getKey()), m.getKey(), m.getValue()));
        }
        double x = LEFT;
        int y = base + 8;
        x = swatch(svg, x, y, "fill=\"" + BLUE + "\"", ui.format("timeline.roster_by_date"));
        x = swatch(svg, x, y, "fill=\"" + LIGHT_BLUE + "\"", ui.format("timeline.roster_by_event"));
        swatch(svg, x, y, "fill=\"" + GAP + "\"", ui.format("timeline.roster_gap"));
    }

    private static String monthColour(List<NumeralWindows> numerals, YearMonth month) {
        Span whole = new Span(month.atDay(1), month.atEndOfMonth());
        boolean byEvent = false;
        for (NumeralWindows n : numerals) {
            if (n.favourable().stream().anyMatch(s -> overlaps(s, whole))) {
                if (!n.byEvent()) {
                    return BLUE;
                }
                byEvent = true;
            }
        }
        return byEvent ? LIGHT_BLUE : GAP;
    }

    private static boolean overlaps(Span a, Span b) {
        return !a.to().isBefore(b.from()) && !b.to().isBefore(a.from());
    }

    private static String description(EncodedLaw law, Messages ui, Span conduct) {
        String windows = law.numerals().stream()
                .map(n -> ui.format("timeline.desc_numeral", n.numeral(), Span.join(n.favourable()), Span.join(n.strict()),
                        ui.format(n.byEvent() ? "law.by_event" : "law.by_date")))
                .collect(Collectors.joining(" "));
        return (conduct == null ? "" : ui.format("timeline.case", label(conduct)) + ". ") + windows;
    }

    private static String label(Span conduct) {
        return conduct.from().equals(conduct.to()) ? conduct.from().toString() : conduct.toString();
    }

    static String hatch(String id, String colour) {
        return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"4\" height=\"4\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#ffffff\"/>"
                + "<rect width=\"2\" height=\"4\" fill=\"" + colour + "\"/></pattern>";
    }

    static double x(LocalDate day) {
        double total = AXIS_TO.toEpochDay() - AXIS_FROM.toEpochDay();
        return LEFT + (day.toEpochDay() - AXIS_FROM.toEpochDay()) / total * (WIDTH - LEFT - RIGHT);
    }

    private static double onAxis(double x) {
        return Math.max(LEFT, Math.min(x, WIDTH - RIGHT));
    }

    static void text(StringBuilder svg, double x, double y, int size, String anchor, String weight, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" "
                + "font-weight=\"%s\" fill=\"#1a1a1a\">%s</text>%n", x, y, size, anchor, weight, esc(text)));
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
