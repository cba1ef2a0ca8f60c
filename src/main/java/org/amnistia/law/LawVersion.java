package org.amnistia.law;

import java.util.Map;

/**
 * One version of the law, resolved: its provenance from {@code version.yaml} and its rule files
 * after the overlay on its base (file name → DRL text, in name order).
 */
public record LawVersion(
        String id,
        String title,
        String status,
        String source,
        String date,
        String base,
        String origin,
        Map<String, String> ruleFiles) {
}
