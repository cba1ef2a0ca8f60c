package org.amnistia.engine;

import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 4: public order; D13 changes only the guidance printed, never a verdict. */
class Art04PublicOrderTest extends EngineTestSupport {

    @Test
    void favourable_reading_tells_the_court_to_apply_the_law_of_its_own_motion() {
        Verdict v = favourable(CaseBuilder.conductOn("2014-03-10").charge("RESISTENCIA_AUTORIDAD"));
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.article()).isEqualTo("4");
            assertThat(f.outcome()).isEqualTo(FindingOutcome.NOTE);
            assertThat(f.es()).contains("de oficio");
        });
        assertThat(v.articles()).contains("4");
    }

    @Test
    void strict_reading_tells_the_person_to_file_a_request_and_changes_no_verdict() {
        CaseBuilder c = CaseBuilder.conductOn("2014-03-10").charge("RESISTENCIA_AUTORIDAD");
        Verdict v = strict(c);
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.article()).isEqualTo("4");
            assertThat(f.es()).contains("solicitud");
        });
        assertThat(v.verdict()).isEqualTo(favourable(c).verdict()).isEqualTo(Decision.ELIGIBLE);
        assertThat(v.doubts()).doesNotContain("D13");
    }

    @Test
    void guidance_is_not_cited_when_the_case_is_not_covered() {
        Verdict v = favourable(CaseBuilder.conductOn("2015-06-10").charge("RESISTENCIA_AUTORIDAD"));
        assertThat(v.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(v.articles()).containsExactly("8");
    }
}
