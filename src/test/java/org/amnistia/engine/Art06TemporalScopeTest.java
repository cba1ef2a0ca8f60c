package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 6: conduct from 1999-01-01 to entry into force (D01: 2026-02-19 or 2026-01-30). */
class Art06TemporalScopeTest extends EngineTestSupport {

    @Test
    void conduct_inside_the_scope_cites_art_6_as_applied() {
        Verdict v = favourable(CaseBuilder.conductOn("2002-04-11").charge("TERRORISMO"));
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.article()).isEqualTo("6");
            assertThat(f.outcome()).isEqualTo(FindingOutcome.COVERS);
            assertThat(f.es()).contains("1999-01-01..2026-02-19");
        });
    }

    @Test
    void conduct_before_1999_fails_art_6_and_art_8() {
        Verdict v = favourable(CaseBuilder.conductOn("1998-12-31").charge("TERRORISMO"));
        assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(v.articles()).containsExactly("6", "8");
    }

    @Test
    void conduct_between_the_two_ends_of_d01_is_outside_only_under_the_strict_reading() {
        CaseBuilder c = CaseBuilder.conductOn("2026-02-05").charge("TERRORISMO");
        assertThat(favourable(c).articles()).containsExactly("8");
        assertThat(strict(c).articles()).containsExactly("6", "8");
    }

    @Test
    void d01_never_changes_a_verdict_of_the_enacted_law() {
        CaseBuilder c = CaseBuilder.conductOn("2026-02-05").charge("TERRORISMO");
        assertThat(favourable(c).verdict()).isEqualTo(strict(c).verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(favourable(c).doubts()).doesNotContain("D01");
    }

    @Test
    void conduct_after_entry_into_force_is_outside_the_scope_naming_art_16() {
        Verdict v = favourable(CaseBuilder.conductOn("2026-03-01").charge("TERRORISMO"));
        assertThat(v.articles()).containsExactly("6", "8");
        assertThat(v.findings()).anySatisfy(f -> assertThat(f.es()).contains("Art. 16"));
    }

    @Test
    void a_case_without_date_asks_for_it_citing_arts_6_and_8() {
        Verdict v = favourable(CaseBuilder.withoutDate().charge("TERRORISMO"));
        assertThat(v.verdict()).isEqualTo(Decision.UNDETERMINED);
        assertThat(v.articles()).containsExactly("6", "8");
        assertThat(v.missing()).extracting(Verdict.Missing::fact).containsExactly("conduct.from");
    }
}
