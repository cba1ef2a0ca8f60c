package org.amnistia.law;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage the rules encode equals our own computation in docs/ley/cifras.md §1. */
class CoverageFiguresTest {

    private static final EncodedLaw LEY = LawProbe.describe(Engine.load("ley-2026"));

    @Test
    void favourable_reading_of_the_enacted_law_matches_figures_md() {
        CoverageFigures f = LEY.figures(false);
        assertThat(f.byDateDays()).isEqualTo(984);
        assertThat(f.allDaysSum()).isEqualTo(3542);
        assertThat(f.allDaysUnion()).isEqualTo(3228);
        assertThat(f.monthsTouched()).isEqualTo(108);
        assertThat(f.wholeMonths()).isEqualTo(105);
        assertThat(f.byDateMonthsTouched()).isEqualTo(34);
        assertThat(f.byDateWholeMonths()).isEqualTo(32);
        assertThat(f.yearsTouched()).hasSize(16);
        assertThat(f.byDateYearsTouched()).containsExactly(2002, 2003, 2004, 2007, 2009, 2013, 2014, 2017, 2019, 2024, 2025);
    }

    @Test
    void strict_reading_of_the_enacted_law_matches_figures_md() {
        CoverageFigures f = LEY.figures(true);
        assertThat(f.byDateDays()).isEqualTo(821);
        assertThat(f.allDaysSum()).isEqualTo(2948);
        assertThat(f.allDaysUnion()).isEqualTo(2644);
        assertThat(f.monthsTouched()).isEqualTo(88);
        assertThat(f.wholeMonths()).isEqualTo(86);
        assertThat(f.byDateMonthsTouched()).isEqualTo(28);
        assertThat(f.byDateWholeMonths()).isEqualTo(27);
        assertThat(f.yearsTouched()).containsExactly(2002, 2003, 2004, 2007, 2009, 2013, 2014, 2016, 2017, 2018, 2019,
                2020, 2023, 2024, 2025);
    }

    @Test
    void days_per_numeral_match_figures_md_under_both_readings() {
        assertThat(LEY.figures(false).daysPerNumeral()).containsEntry("8.3", 91L).containsEntry("8.8", 1828L)
                .containsEntry("8.11", 365L).containsEntry("8.12", 194L).containsEntry("8.13", 365L);
        assertThat(LEY.figures(true).daysPerNumeral()).containsEntry("8.8", 1823L).containsEntry("8.11", 153L)
                .containsEntry("8.12", 31L).containsEntry("8.13", 151L);
    }

    @Test
    void the_scope_of_art_6_depends_on_d01() {
        assertThat(LEY.scopeFavourable().toString()).isEqualTo("1999-01-01..2026-02-19");
        assertThat(LEY.scopeStrict().toString()).isEqualTo("1999-01-01..2026-01-30");
        assertThat(LEY.numerals()).extracting(NumeralWindows::numeral).containsExactlyElementsOf(List.of(
                "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.10", "8.11", "8.12", "8.13"));
    }

    @Test
    void the_bill_covers_892_and_729_days_and_touches_25_months_strictly_as_garcia_counted() {
        EncodedLaw bill = LawProbe.describe(Engine.load("proyecto-2026-02-05"));
        assertThat(bill.figures(false).byDateDays()).isEqualTo(892);
        assertThat(bill.figures(true).byDateDays()).isEqualTo(729);
        assertThat(bill.figures(true).monthsTouched()).isEqualTo(25);
        assertThat(bill.figures(false).monthsTouched()).isEqualTo(31);
        assertThat(bill.figures(true).yearsTouched()).hasSize(9);
    }
}
