package org.amnistia.law;

import org.amnistia.cli.CommandLineRun;
import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version's numerals are its own: a numeral conditioned on a charge (the 8.14 of the Ley contra el
 * Odio proposal), which no probe case without charges reaches, is listed with its window, counted in
 * the coverage figures and drawn on the timeline like any other.
 */
class ProposalNumeralsTest {

    private static final NumeralWindows.Span ODIO =
            new NumeralWindows.Span(LocalDate.parse("2017-11-08"), LocalDate.parse("2026-02-19"));

    @Test
    void the_8_14_conditioned_on_a_charge_is_a_numeral_of_its_version_under_both_readings() {
        EncodedLaw law = LawProbe.describe(Engine.load("odio-redes-sociales"));

        NumeralWindows n814 = law.numerals().stream().filter(n -> n.numeral().equals("8.14")).findFirst().orElseThrow();
        assertThat(n814.event()).isEqualTo("8.14");
        assertThat(n814.byEvent()).as("the case links the post to the numeral").isTrue();
        assertThat(n814.favourable()).containsExactly(ODIO);
        assertThat(n814.strict()).containsExactly(ODIO);
        assertThat(law.numerals()).extracting(NumeralWindows::numeral).as("after the 13 of ley-2026").hasSize(14)
                .last().isEqualTo("8.14");
        assertThat(law.figures(false).daysPerNumeral()).containsEntry("8.14", 3026L);
        assertThat(LawProbe.describe(Engine.load("ley-2026")).figures(false).daysPerNumeral()).doesNotContainKey("8.14");
    }

    @Test
    void the_law_listing_and_its_timeline_show_the_new_numeral() {
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run("law", "--law", "odio-redes-sociales")).isZero();
        assertThat(cli.out.toString()).containsPattern("8\\.14 .*2017-11-08\\.\\.2026-02-19").contains("8.14=3026");

        CommandLineRun svg = new CommandLineRun();
        assertThat(svg.run("law", "--law", "odio-redes-sociales", "--svg", "-")).isZero();
        assertThat(svg.out.toString()).contains("8.14");
    }

    @Test
    void the_wider_april_2002_window_is_four_days() {
        assertThat(LawProbe.describe(Engine.load("abril-2002-ampliado")).figures(true).daysPerNumeral())
                .containsEntry("8.1", 4L);
    }
}
