package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 5: the favourable reading is the default, names the doubt it resolved, and cites Art. 5. */
class Art05FavourabilityTest extends EngineTestSupport {

    @Nested
    class PartialOverlapD14 {

        @Test
        void exact_range_straddling_a_window_end_is_covered_favourably_citing_art_5() {
            Verdict v = favourable(CaseBuilder.conductOn("2014-06-25").to("2014-07-05").charge("TERRORISMO"));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.articles()).containsExactly("4", "5", "6", "7", "8.7", "9");
            assertThat(v.doubts()).containsExactly("D14");
            assertThat(v.findings()).anySatisfy(f -> {
                assertThat(f.article()).isEqualTo("5");
                assertThat(f.outcome()).isEqualTo(FindingOutcome.FAVOURS);
                assertThat(f.es()).contains("D14");
            });
        }

        @Test
        void exact_range_straddling_a_window_end_is_not_covered_strictly() {
            Verdict v = strict(CaseBuilder.conductOn("2014-06-25").to("2014-07-05").charge("TERRORISMO"));
            assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
            assertThat(v.articles()).containsExactly("8");
            assertThat(v.alternatives()).containsEntry("D14", Decision.ELIGIBLE);
        }

        @Test
        void a_year_overlapping_a_window_asks_for_exact_dates_under_the_strict_reading() {
            Verdict v = strict(CaseBuilder.conductOn("2024").charge("TERRORISMO"));
            assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
            assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("conduct.from");
            assertThat(v.missing().get(0).es()).contains("días exactos");
        }

        @Test
        void a_month_wholly_inside_a_window_depends_on_no_doubt() {
            Verdict v = favourable(CaseBuilder.conductOn("2014-03").charge("TERRORISMO"));
            assertThat(v.verdict()).isEqualTo(Decision.ELIGIBLE);
            assertThat(v.doubts()).isEmpty();
            assertThat(v.articles()).doesNotContain("5");
        }
    }

    @Test
    void doubts_are_the_same_list_under_both_readings() {
        CaseBuilder c = CaseBuilder.conductOn("2024-09-15").charge("DANOS_BIENES_PUBLICOS");
        assertThat(favourable(c).doubts()).containsExactly("D05", "D10").isEqualTo(strict(c).doubts());
    }

    @Test
    void a_verdict_that_no_single_doubt_can_change_lists_no_doubt_and_no_art_5() {
        Verdict v = favourable(CaseBuilder.conductOn("2017-05-04").charge("TERRORISMO"));
        assertThat(v.doubts()).isEmpty();
        assertThat(v.articles()).containsExactly("4", "6", "7", "8.9", "9");
    }
}
