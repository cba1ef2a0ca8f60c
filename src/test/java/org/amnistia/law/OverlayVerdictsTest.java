package org.amnistia.law;

import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.casefile.PartialDate;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.roster.RosterReader;
import org.amnistia.roster.RosterRow;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rewriting the bill and the example proposals as rule-level overlays (only the rules that change,
 * the rest inherited rule by rule) changed no verdict: every golden case and every row of the sample
 * roster, under every shipped version and both readings, gives the very verdict it gave when each
 * overlay replaced whole topic files. {@code veredictos-antes-de-las-capas-por-regla.tsv} was written
 * once by {@link #fingerprints} (every shipped version of that day, every case) from the whole-file overlays, before they were rewritten: per case,
 * the verdict's initial and the first 12 hex digits of the SHA-256 of its whole JSON (findings,
 * doubts, alternatives, missing facts, duties, texts in both languages).
 */
class OverlayVerdictsTest {

    static final String EXPECTED = "/veredictos-antes-de-las-capas-por-regla.tsv";

    /** A case without {@code asOf} is read as of this day, so that the fingerprints never age. */
    private static final PartialDate AS_OF = PartialDate.parse("2026-12-01");

    @Test
    void every_shipped_version_gives_the_verdicts_its_whole_file_overlay_gave() throws IOException {
        List<String> expected;
        try (InputStream in = OverlayVerdictsTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        // The versions and cases of that day: a proposal or golden case added later has no fingerprint.
        List<String> laws = Stream.of(expected.get(0).split("\t")).skip(1).map(c -> c.substring(0, c.lastIndexOf('/')))
                .distinct().toList();
        List<String> keys = expected.stream().skip(1).map(l -> l.substring(0, l.indexOf('\t'))).toList();
        List<String> actual = fingerprints(laws, keys);

        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("line %d: %s", i + 1, expected.get(0)).isEqualTo(expected.get(i));
        }
    }

    /**
     * The header (the columns: version/reading) and one line per case: its id and a cell per column;
     * only the cases of {@code keys} when it is not null, in that order.
     */
    static List<String> fingerprints(List<String> laws, List<String> keys) throws IOException {
        Map<String, CaseFile> all = cases();
        Map<String, CaseFile> cases = all;
        if (keys != null) {
            cases = new LinkedHashMap<>();
            for (String key : keys) {
                assertThat(all).as("a case of the fingerprints is still there").containsKey(key);
                cases.put(key, all.get(key));
            }
        }
        List<String> columns = new ArrayList<>();
        for (String law : laws) {
            for (Reading reading : Reading.values()) {
                columns.add(law + "/" + reading.id());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("caso\t" + String.join("\t", columns));
        for (Map.Entry<String, CaseFile> c : cases.entrySet()) {
            StringBuilder line = new StringBuilder(c.getKey());
            for (String law : laws) {
                Engine engine = Engine.load(law);
                for (Reading reading : Reading.values()) {
                    Verdict verdict = engine.evaluate(c.getValue(), reading);
                    line.append('\t').append(verdict.verdict().name().charAt(0)).append(':')
                            .append(sha(CaseJson.mapper().writeValueAsString(verdict)));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Every golden case by its path under cases/, then every row of the sample roster by its id. */
    private static Map<String, CaseFile> cases() throws IOException {
        Map<String, CaseFile> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("cases"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".caso.json")).sorted().toList()) {
                out.put(p.toString(), dated(CaseJson.parse(Files.readString(p))));
            }
        }
        try (RosterReader roster = RosterReader.open(Path.of("cases/nominas/muestra.csv"))) {
            for (RosterRow row = roster.next(); row != null; row = roster.next()) {
                if (!row.isReject()) {
                    out.put("muestra.csv/" + row.caseFile().id(), dated(row.caseFile()));
                }
            }
        }
        return out;
    }

    private static CaseFile dated(CaseFile c) {
        return c.asOf() != null ? c : new CaseFile(c.id(), c.name(), c.conduct(), c.charges(), c.person(),
                c.proceeding(), c.request(), AS_OF);
    }

    private static String sha(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
