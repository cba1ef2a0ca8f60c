package org.amnistia.roster;

import com.fasterxml.jackson.databind.JsonNode;
import org.amnistia.casefile.CaseJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterSummaryTest {

    static RosterSummary sample() {
        RosterSummary s = new RosterSummary();
        s.addRows(5);
        s.addVerdicts(List.of(FakeChunkEvaluator.verdictFor("c"), FakeChunkEvaluator.verdictFor("a"),
                FakeChunkEvaluator.verdictFor("b")));
        s.addReject(new Reject(3, "x", "political", "es", "en"));
        s.addReject(new Reject(4, "y", "charges[2].offense", "es", "en"));
        s.addBlank(2);
        s.setSeconds(1.23456);
        return s;
    }

    @Test
    void theSummaryCountsVerdictsArticlesDoubtsAndRejectFields() {
        RosterSummary s = sample();

        assertThat(s.rows()).isEqualTo(s.verdicts() + s.rejects());
        assertThat(s.balanced()).isTrue();
        assertThat(s.byVerdict()).containsEntry(org.amnistia.verdict.Decision.ELIGIBLE, 1L)
                .containsEntry(org.amnistia.verdict.Decision.NOT_ELIGIBLE, 1L)
                .containsEntry(org.amnistia.verdict.Decision.UNDETERMINED, 1L);
        assertThat(s.byArticle().keySet()).containsExactly("4", "5", "6", "7", "8", "8.12", "9", "9.B");
        assertThat(s.byArticle()).containsEntry("9", 2L).containsEntry("8.12", 1L);
        assertThat(s.byDoubt()).containsExactly(org.assertj.core.api.Assertions.entry("D12", 1L));
        assertThat(s.byRejectReason()).containsEntry("political", 1L).containsEntry("charges.offense", 1L);
    }

    @Test
    void articlesAreSortedInLegalOrder() {
        List<String> articles = new ArrayList<>(List.of("9.B", "8.12", "10", "8.2", "9", "D11", "D02", "4", "9.A"));
        articles.sort(org.amnistia.engine.ArticleOrder.INSTANCE);
        assertThat(articles).containsExactly("4", "8.2", "8.12", "9", "9.A", "9.B", "10", "D02", "D11");
    }

    @Test
    void theJsonSummaryHasTheFieldsOfTheSpecInOrder() throws IOException {
        JsonNode json = CaseJson.mapper().readTree(sample().toJson());

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("rows", "verdicts", "rejects", "blank", "byVerdict", "byArticle", "byDoubt",
                "byRejectReason", "seconds");
        assertThat(json.get("rows").asLong()).isEqualTo(5);
        assertThat(json.get("byVerdict").get("UNDETERMINED").asLong()).isEqualTo(1);
        assertThat(json.get("seconds").asDouble()).isEqualTo(1.235);
    }

    @Test
    void theTextSummaryReadsInSpanishOrEnglish() {
        String es = sample().toText("es");
        String en = sample().toText("en");

        assertThat(es).contains("5 filas").contains("rechazadas 2").contains("líneas en blanco 2")
                .contains("elegibles 1").contains("8.12 1").contains("political 1");
        assertThat(en).contains("5 rows").contains("rejected 2").contains("blank lines 2")
                .contains("not eligible 1").contains("doubts: D12 1");
    }
}
