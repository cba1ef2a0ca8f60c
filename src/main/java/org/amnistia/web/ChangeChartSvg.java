package org.amnistia.web;

import org.amnistia.law.EncodedLaw;
import org.amnistia.law.NumeralWindows;
import org.amnistia.law.NumeralWindows.Span;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison on the 1999–2026 timeline of {@link TimelineSvg}, same axis and bars: the windows of
 * each side (its version under its reading; BY EVENT numerals outlined) and, under them, the people
 * who gain (up, green) and who lose (down, red) by the month their conduct starts. Its words are
 * the sides' names and the years; the report around it says the rest in both languages.
 */
public final class ChangeChartSvg {

    private static final String GAIN = "#2e7d32";
    private static final String LOSS = "#b3261e";
    private static final String LIGHT_BLUE = "#a9c8e8";
    private static final int ROWS_TOP = 12;
    private static final int ROW = 22;
    private static final int HALF = 70;

    private ChangeChartSvg() {
    }

    /** {@code gains}/{@code losses}: people per month of the start of their conduct. */
    public static String render(String nameA, EncodedLaw lawA, boolean strictA, String nameB, EncodedLaw lawB,
                                boolean strictB, Map<YearMonth, Long> gains, Map<YearMonth, Long> losses) {
        int base = ROWS_TOP + 2 * ROW + 14 + HALF;
        int axis = base + HALF + 6;
        int height = axis + 26;
        int width = TimelineSvg.WIDTH;
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" ")
                .append("aria-labelledby=\"chart-caption\" ").append(TimelineSvg.FONT).append(">\n");
        svg.append("<defs>").append(TimelineSvg.hatch("hatch-blue", TimelineSvg.BLUE)).append("</defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int year = 1999; year <= 2026; year++) {
            double x = TimelineSvg.x(LocalDate.of(year, 1, 1));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>%n",
                    x, ROWS_TOP, x, axis));
        }
        side(svg, 0, "A", nameA, lawA, strictA);
        side(svg, 1, "B", nameB, lawB, strictB);
        long peak = Math.max(1, Math.max(max(gains), max(losses)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#666\"/>%n",
                TimelineSvg.LEFT, base, width - TimelineSvg.RIGHT, base));
        TimelineSvg.text(svg, TimelineSvg.LEFT - 8, base - HALF + 10, 10, "end", "normal", "+" + peak);
        TimelineSvg.text(svg, TimelineSvg.LEFT - 8, base + 4, 10, "end", "normal", "0");
        TimelineSvg.text(svg, TimelineSvg.LEFT - 8, base + HALF, 10, "end", "normal", "−" + peak);
        bars(svg, gains, peak, base, true);
        bars(svg, losses, peak, base, false);
        TimelineSvg.axis(svg, axis);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void side(StringBuilder svg, int index, String letter, String name, EncodedLaw law, boolean strict) {
        int y = ROWS_TOP + index * ROW;
        TimelineSvg.text(svg, TimelineSvg.LEFT - 8, y + 15, 11, "end", "bold", letter);
        TimelineSvg.text(svg, TimelineSvg.LEFT + 2, y + 9, 9, "start", "normal", name);
        for (NumeralWindows n : law.numerals()) {
            for (Span s : n.windows(strict)) {
                String style = n.byEvent()
                        ? "fill=\"" + LIGHT_BLUE + "\" stroke=\"" + TimelineSvg.BLUE + "\" stroke-dasharray=\"3 2\""
                        : index == 0 ? "fill=\"" + TimelineSvg.BLUE + "\""
                        : "fill=\"url(#hatch-blue)\" stroke=\"" + TimelineSvg.BLUE + "\" stroke-width=\"0.6\"";
                TimelineSvg.bar(svg, s, y + 11, style);
            }
        }
    }

    private static void bars(StringBuilder svg, Map<YearMonth, Long> perMonth, long peak, int base, boolean up) {
        for (Map.Entry<YearMonth, Long> m : perMonth.entrySet()) {
            LocalDate first = m.getKey().atDay(1);
            if (first.getYear() < 1999 || first.getYear() > 2026) {
                continue;
            }
            double x = TimelineSvg.x(first);
            double w = Math.max(TimelineSvg.x(m.getKey().plusMonths(1).atDay(1)) - x - 0.4, 1.2);
            double h = Math.max(1, (double) m.getValue() / peak * HALF);
            svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                            + "fill=\"%s\"><title>%s: %s%d</title></rect>%n", up ? "gain" : "loss", x, up ? base - h : base,
                    w, h, up ? GAIN : LOSS, m.getKey(), up ? "+" : "−", m.getValue()));
        }
    }

    private static long max(Map<YearMonth, Long> perMonth) {
        return perMonth.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
