package org.amnistia.web;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.NumeralWindows.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The 1999–2026 timeline picture of ley-2026. */
class TimelineSvgTest {

    private static EncodedLaw law;

    @BeforeAll
    static void describe() {
        law = LawProbe.describe(Engine.load("ley-2026"));
    }

    /** The rectangle whose tooltip is {@code title}, e.g. a window {@code 2024-07-01..2025-01-10}. */
    private static String rect(String svg, String title) {
        Matcher m = Pattern.compile("<rect [^>]*><title>" + Pattern.quote(title) + "</title></rect>").matcher(svg);
        assertThat(m.find()).as("a rect titled " + title).isTrue();
        return m.group();
    }

    @Test
    void the_picture_is_well_formed_svg_with_a_title_for_screen_readers() throws Exception {
        String svg = TimelineSvg.render(law, "es", null, null);

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains("1999–2026", "ley-2026");
    }

    @Test
    void the_axis_runs_from_1999_to_2026_with_a_tick_per_year() {
        String svg = TimelineSvg.render(law, "es", null, null);

        assertThat(svg).contains(">1999</text>", ">2000</text>", ">2026</text>").doesNotContain(">1998<", ">2027<");
    }

    @Test
    void numeral_8_12_is_drawn_solid_to_january_2025_and_hatched_to_july_2024() {
        String svg = TimelineSvg.render(law, "es", null, null);

        assertThat(rect(svg, "2024-07-01..2025-01-10")).contains("fill=\"#1d5fa0\"");
        assertThat(rect(svg, "2024-07-01..2024-07-31")).contains("url(#hatch-blue)");
    }

    @Test
    void by_event_numerals_have_a_dashed_outline_and_by_date_numerals_do_not() {
        String svg = TimelineSvg.render(law, "es", null, null);

        assertThat(rect(svg, "2016-01-05..2021-01-05")).contains("stroke-dasharray");
        assertThat(rect(svg, "2016-01-05..2020-12-31")).contains("stroke-dasharray");
        assertThat(rect(svg, "2017-03-01..2017-08-31")).doesNotContain("stroke-dasharray");
        assertThat(svg).contains("POR HECHO");
    }

    @Test
    void every_numeral_and_the_temporal_scope_have_their_row() {
        String svg = TimelineSvg.render(law, "en", null, null);

        for (var n : law.numerals()) {
            assertThat(svg).contains(">Art. " + n.numeral() + "</text>");
        }
        assertThat(svg).contains(">Scope</text>");
        rect(svg, "1999-01-01..2026-02-19");
        rect(svg, "1999-01-01..2026-01-30");
    }

    @Test
    void the_case_under_evaluation_is_marked_only_when_there_is_one() {
        Span conduct = new Span(LocalDate.of(2024, 7, 30), LocalDate.of(2024, 7, 30));

        assertThat(TimelineSvg.render(law, "es", conduct, null)).contains("caso evaluado: 2024-07-30");
        assertThat(TimelineSvg.render(law, "es", null, null)).doesNotContain("caso evaluado");
    }

    @Test
    void a_roster_month_outside_every_window_is_drawn_in_the_gap_colour() {
        Map<YearMonth, Long> months = new TreeMap<>(Map.of(
                YearMonth.of(2021, 7), 3L, YearMonth.of(2024, 7), 10L, YearMonth.of(2023, 3), 2L));

        String svg = TimelineSvg.render(law, "en", null, new ConductDensity(new TreeMap<>(months), 4, 1));

        assertThat(rect(svg, "2021-07: 3")).contains("fill=\"#d9730d\"");
        assertThat(rect(svg, "2024-07: 10")).contains("fill=\"#1d5fa0\"");
        assertThat(rect(svg, "2023-03: 2")).contains("fill=\"#a9c8e8\"");
        assertThat(svg).contains("15 dated cases, 4 undated, 1 rows rejected");
    }
}
