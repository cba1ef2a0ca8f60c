package org.amnistia.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The engine's answer for one case under one law version and one reading (docs/spec/formato-caso.md).
 * {@code articles} are the articles that decide it (docs/spec/semantica.md §3); {@code articlesExamined}
 * every article a finding cites, the deciding ones included. {@code alternatives} maps each doubt
 * in {@code doubts} to the verdict with that doubt switched.
 */
@JsonPropertyOrder({"caseId", "law", "reading", "verdict", "articles", "articlesExamined", "findings", "doubts",
        "missing", "obligations", "alternatives"})
public record Verdict(
        String caseId,
        String law,
        String reading,
        Decision verdict,
        List<String> articles,
        List<String> articlesExamined,
        List<Finding> findings,
        List<String> doubts,
        List<Missing> missing,
        List<Obligation> obligations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Decision> alternatives) {

    /** One reason: the article applied, how it came out, and why, in both languages. */
    @JsonPropertyOrder({"article", "outcome", "es", "en"})
    public record Finding(String article, FindingOutcome outcome, String es, String en) {
    }

    /** A fact whose answer could change the verdict, and the question to ask for it. */
    @JsonPropertyOrder({"fact", "es", "en"})
    public record Missing(String fact, String es, String en) {
    }

    /** Something that must still happen for the amnesty to take effect. */
    @JsonPropertyOrder({"article", "es", "en"})
    public record Obligation(String article, String es, String en) {
    }
}
