package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.PartialDate;
import org.amnistia.offense.Offense;
import org.amnistia.offense.OffenseCategory;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which offences a version excludes (its Art. 9 in ley-2026, Art. 7 in the bill), read back from its
 * own rules as {@link LawProbe} reads the windows: every catalogue offence, consummated and attempted,
 * is charged to a probe conduct that touches every window, under each reading, and an
 * {@code EXCLUDES} finding marks it excluded. Keyed by the catalogue's category
 * ({@code LESIONES_GRAVISIMAS}, {@code HOMICIDIO (tentativa)}), the way the law names what it
 * excludes; a category counts as excluded under a reading when any of its offences is.
 */
public final class ExclusionProbe {

    private static final PartialDate FROM = PartialDate.parse("1990-01-01");
    private static final PartialDate TO = PartialDate.parse("2030-12-31");
    static final String ATTEMPT = " (tentativa)";

    private ExclusionProbe() {
    }

    /** Category (and {@code " (tentativa)"} for the attempt) → the readings ({@code favourable}, {@code strict}) that exclude it. */
    public static Map<String, Set<String>> of(Engine engine) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Offense offense : engine.catalog().all()) {
            if (offense.category() == OffenseCategory.OTRO) {
                continue;
            }
            for (boolean attempt : new boolean[] {false, true}) {
                Set<String> readings = out.computeIfAbsent(offense.category().name() + (attempt ? ATTEMPT : ""),
                        k -> new TreeSet<>());
                for (Reading reading : Reading.values()) {
                    if (excludes(engine.evaluate(probe(offense, attempt), reading))) {
                        readings.add(reading.id());
                    }
                }
            }
        }
        return out;
    }

    private static CaseFile probe(Offense offense, boolean attempt) {
        List<CaseFile.Charge> charges = new ArrayList<>();
        charges.add(new CaseFile.Charge(offense.code(), attempt, null, null));
        return new CaseFile("exclusiones", null, new CaseFile.Conduct(FROM, TO, true, true, null, true), charges,
                null, null, null, null);
    }

    private static boolean excludes(Verdict verdict) {
        return verdict.findings().stream().anyMatch(f -> f.outcome() == FindingOutcome.EXCLUDES);
    }
}
