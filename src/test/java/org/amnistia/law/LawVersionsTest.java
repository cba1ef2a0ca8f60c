package org.amnistia.law;

import org.amnistia.casefile.CaseJson;
import org.amnistia.engine.Engine;
import org.amnistia.engine.Reading;
import org.amnistia.engine.RuleBase;
import org.amnistia.engine.facts.RuleMeta;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.Messages;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The versions of the law as folders of rule files: every shipped version and proposal compiles,
 * overlays replace whole files of their base and hold only what differs, a proposal on disk loads
 * at run time, broken or unknown versions are refused clearly, and every rule cites its own
 * version's numbering (docs/ley/versiones.md; docs/spec/semantica.md §5).
 */
class LawVersionsTest {

    private static final String LEY = "ley-2026";
    private static final String BILL = "proyecto-2026-02-05";
    private static final List<String> PROPOSALS = List.of(
            "julio-2024-hasta-toma-de-posesion", "sin-excepcion-rebelion-militar", "ucv-continua");

    private static final Pattern ARTICULO = Pattern.compile("@articulo\\(\"([^\"]*)\"\\)");
    private static final Pattern EVENTO = Pattern.compile("@evento\\(\"([^\"]*)\"\\)");
    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "\"((?:art\\d\\d|art08_10|proyecto|obligacion)\\.[A-Za-z0-9_.]+)\"");

    /** ley-2026: Arts. 1–16; its events are Art. 8, numerals 1–13. */
    private static final Set<String> LEY_NUMBERING = numbering(16, "8", 13);
    /** The bill: Arts. 1–13; its events are Art. 6, numerals 1–10. */
    private static final Set<String> BILL_NUMBERING = numbering(13, "6", 10);

    /** The bill's citation for each topic file (docs/ley/versiones.md). */
    private static final Map<String, Set<String>> BILL_TOPICS = Map.of(
            "ambito-temporal.drl", Set.of("1"),
            "ambito-personal.drl", Set.of("1"),
            "hechos.drl", numerals("6", 10),
            "amparo.drl", Set.of("6"),
            "exclusiones.drl", Set.of("7"),
            "rebelion-militar.drl", Set.of(),
            "procedimiento.drl", Set.of("9"),
            "orden-publico.drl", Set.of("4"),
            "favorabilidad.drl", Set.of("5"),
            "decision.drl", Set.of("1"));

    private static final String REBELLION_MARCH_2019 = """
            { "id": "rebelion-militar-marzo-2019",
              "conduct": { "from": "2019-03-10", "political": true, "ceased": true },
              "charges": [ { "offense": "REBELION_MILITAR" } ],
              "person": { "location": "VENEZUELA", "detained": true, "military": true },
              "proceeding": { "stage": "CONTROL", "aDerecho": true } }
            """;

    static List<String> shipped() {
        return LawVersions.SHIPPED;
    }

    static List<String> overlays() {
        return Stream.concat(Stream.of(BILL), PROPOSALS.stream()).toList();
    }

    // ── Every version compiles ───────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_shipped_version_and_proposal_compiles(String name) {
        RuleBase rules = RuleBase.compile(LawVersions.load(name));

        assertThat(rules.version().id()).isEqualTo(name);
        assertThat(rules.rules()).isNotEmpty();
        assertThat(Engine.load(name).law()).isEqualTo(name);
    }

    @Test
    void the_shipped_list_names_the_two_versions_and_every_proposal_folder() throws IOException {
        Set<String> folders;
        try (Stream<Path> list = Files.list(Path.of("rules", "propuestas"))) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(folders).containsExactlyInAnyOrderElementsOf(PROPOSALS);
        assertThat(LawVersions.SHIPPED).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of(LEY, BILL), PROPOSALS.stream()).toList());
    }

    @Test
    void the_bill_is_a_proyecto_and_the_proposals_are_propuestas_all_based_on_the_enacted_law() {
        LawVersion bill = LawVersions.load(BILL);
        assertThat(bill.status()).isEqualTo("proyecto");
        assertThat(bill.base()).isEqualTo(LEY);
        assertThat(bill.date()).isEqualTo("2026-02-05");
        assertThat(bill.source()).contains("asambleanacional.gob.ve").contains("07-02-2026");
        for (String proposal : PROPOSALS) {
            LawVersion version = LawVersions.load(proposal);
            assertThat(version.status()).as(proposal).isEqualTo("propuesta");
            assertThat(version.base()).as(proposal).isEqualTo(LEY);
            assertThat(version.source()).as(proposal).isNotBlank();
        }
        assertThat(LawVersions.load(LEY).base()).isNull();
    }

    @Test
    void the_bill_knows_the_events_of_its_article_6_by_their_ley_2026_keys() {
        assertThat(Engine.load(BILL).rules().events())
                .containsExactlyInAnyOrder("8.1", "8.2", "8.3", "8.4", "8.6", "8.7", "8.9", "8.10", "8.12");
        assertThat(Engine.load("ucv-continua").rules().events()).containsExactly("8.1");
    }

    // ── Overlays hold only what differs ──────────────────────────────────────────────────────

    @Test
    void the_bills_overlay_holds_only_files_that_differ_from_the_enacted_law() {
        Map<String, String> own = VersionFolder.shipped(BILL).ruleFiles();
        Map<String, String> base = LawVersions.load(LEY).ruleFiles();

        assertThat(own.keySet()).containsExactlyInAnyOrder("ambito-temporal.drl", "ambito-personal.drl",
                "hechos.drl", "amparo.drl", "exclusiones.drl", "rebelion-militar.drl", "procedimiento.drl",
                "orden-publico.drl");
        own.forEach((file, text) -> {
            assertThat(base).as("the bill replaces a topic of its base").containsKey(file);
            assertThat(text).as(file + " differs from the enacted law's").isNotEqualTo(base.get(file));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void an_overlay_replaces_whole_files_of_its_base_and_inherits_the_rest(String name) {
        Map<String, String> own = VersionFolder.shipped(name.equals(BILL) ? name : "propuestas/" + name).ruleFiles();
        Map<String, String> base = LawVersions.load(LEY).ruleFiles();
        Map<String, String> resolved = LawVersions.load(name).ruleFiles();

        assertThat(own).isNotEmpty();
        assertThat(resolved.keySet()).isEqualTo(base.keySet());
        resolved.forEach((file, text) -> {
            if (own.containsKey(file)) {
                assertThat(text).as(file + " is the overlay's, whole").isEqualTo(own.get(file));
                assertThat(text).as(file + " differs from the base's").isNotEqualTo(base.get(file));
            } else {
                assertThat(text).as(file + " is inherited").isEqualTo(base.get(file));
            }
        });
    }

    @Test
    void each_proposal_replaces_only_the_topic_it_changes() {
        assertThat(VersionFolder.shipped("propuestas/julio-2024-hasta-toma-de-posesion").ruleFiles())
                .containsOnlyKeys("hechos.drl");
        assertThat(VersionFolder.shipped("propuestas/sin-excepcion-rebelion-militar").ruleFiles())
                .containsOnlyKeys("rebelion-militar.drl");
        assertThat(VersionFolder.shipped("propuestas/ucv-continua").ruleFiles()).containsOnlyKeys("hechos.drl");
    }

    @Test
    void the_july_2024_proposal_is_the_enacted_events_file_but_for_numeral_8_12() {
        String base = LawVersions.load(LEY).ruleFiles().get("hechos.drl");
        String proposal = VersionFolder.shipped("propuestas/julio-2024-hasta-toma-de-posesion").ruleFiles()
                .get("hechos.drl");

        assertThat(withoutNumeral12(proposal)).isEqualTo(withoutNumeral12(base));
        String numeral12 = proposal.substring(proposal.indexOf("// Art. 8, num. 12:"),
                proposal.indexOf("// Art. 8, num. 13:"));
        assertThat(numeral12.split("\nrule ", -1)).as("one rule for 8.12").hasSize(2);
        assertThat(numeral12).contains("window(\"2024-07-01\", \"2025-01-10\")")
                .doesNotContain("@duda").doesNotContain("2024-07-31");
    }

    @Test
    void the_empty_military_rebellion_files_hold_only_their_header_and_package() {
        for (String folder : List.of(BILL, "propuestas/sin-excepcion-rebelion-militar")) {
            String text = VersionFolder.shipped(folder).ruleFiles().get("rebelion-militar.drl");
            String code = text.lines().filter(l -> !l.isBlank() && !l.startsWith("//")).collect(Collectors.joining("\n"));
            assertThat(code).as(folder).isEqualTo("package amnistia.reglas;");
        }
    }

    // ── Proposals on disk ────────────────────────────────────────────────────────────────────

    @Test
    void a_proposal_folder_on_disk_loads_without_rebuilding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("version.yaml"), """
                # Una propuesta que un equipo jurídico escribe sin recompilar el programa.
                id: prueba-en-disco
                titulo: Sin la excepción de la rebelión militar
                estado: propuesta
                fuente: prueba
                base: ley-2026
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rebelion-militar.drl"), "package amnistia.reglas;\n", StandardCharsets.UTF_8);

        Engine engine = Engine.load(dir.toString());
        Verdict onDisk = engine.evaluate(CaseJson.parse(REBELLION_MARCH_2019), Reading.FAVOURABLE);
        Verdict enacted = Engine.load(LEY).evaluate(CaseJson.parse(REBELLION_MARCH_2019), Reading.FAVOURABLE);

        assertThat(engine.law()).isEqualTo("prueba-en-disco");
        assertThat(engine.rules().version().origin()).isEqualTo(dir.toString());
        assertThat(onDisk.law()).isEqualTo("prueba-en-disco");
        assertThat(onDisk.verdict()).isEqualTo(Decision.ELIGIBLE);
        assertThat(onDisk.articles()).containsExactly("4", "6", "7", "8.10", "9");
        assertThat(enacted.verdict()).isEqualTo(Decision.NOT_ELIGIBLE);
    }

    @Test
    void a_folder_on_disk_without_version_yaml_is_refused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hechos.drl"), "package amnistia.reglas;\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LawVersions.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("version.yaml");
    }

    @Test
    void a_proposal_with_a_drl_syntax_error_is_refused_naming_the_file_and_the_line(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("version.yaml"), "id: prueba-rota\nestado: propuesta\nbase: ley-2026\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("hechos.drl"), """
                package amnistia.reglas;

                import org.amnistia.engine.facts.*;

                rule "Art. 8.1 — una regla rota"
                    @articulo("8.1") @evento("8.1")
                when
                    $s : Subject( ]] )
                then
                    insert( Contact.byDate(kcontext, $s, null) );
                end
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Engine.load(dir.toString()))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("prueba-rota")
                .hasMessageContaining("hechos.drl:8:");
    }

    @Test
    void an_unknown_version_name_is_refused_clearly() {
        assertThatThrownBy(() -> Engine.load("ley-1999"))
                .isInstanceOf(LawLoadException.class)
                .hasMessageContaining("«ley-1999»")
                .hasMessageContaining("unknown law version")
                .hasMessageContaining(LEY).hasMessageContaining(BILL);
    }

    // ── Each version cites its own numbering ─────────────────────────────────────────────────

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_rules_articulo_is_in_the_versions_own_numbering(String name) {
        Set<String> numbering = name.equals(BILL) ? BILL_NUMBERING : LEY_NUMBERING;
        RuleBase rules = RuleBase.compile(LawVersions.load(name));

        for (RuleMeta rule : rules.rules()) {
            assertThat(rule.article()).as(rule.name()).isIn(numbering);
            if (rule.event() != null) {
                assertThat(rule.event()).as(rule.name() + ": @evento is a ley-2026 numeral key")
                        .isIn(numerals("8", 13));
            }
        }
    }

    @Test
    void the_bill_cites_its_own_article_for_each_topic() {
        LawVersions.load(BILL).ruleFiles().forEach((file, text) ->
                assertThat(all(ARTICULO, text)).as(file).isSubsetOf(BILL_TOPICS.get(file)));
        String events = LawVersions.load(BILL).ruleFiles().get("hechos.drl");
        assertThat(all(ARTICULO, events)).containsExactlyInAnyOrderElementsOf(numerals("6", 10));
    }

    @Test
    void the_bills_numerals_carry_the_ley_2026_event_keys_of_the_mapping_table() {
        RuleBase rules = RuleBase.compile(LawVersions.load(BILL));
        Map<String, String> keyOf = rules.rules().stream().filter(r -> r.event() != null)
                .collect(Collectors.toMap(RuleMeta::article, RuleMeta::event, (a, b) -> {
                    assertThat(a).isEqualTo(b);
                    return a;
                }));
        assertThat(keyOf).containsExactlyInAnyOrderEntriesOf(Map.of(
                "6.1", "8.1", "6.2", "8.2", "6.3", "8.3", "6.4", "8.3", "6.5", "8.4",
                "6.6", "8.6", "6.7", "8.7", "6.8", "8.9", "6.9", "8.10", "6.10", "8.12"));
    }

    @Test
    void the_events_files_cite_numerals_of_their_own_events_article() {
        for (String name : shipped()) {
            String events = LawVersions.load(name).ruleFiles().get("hechos.drl");
            String article = name.equals(BILL) ? "6." : "8.";
            assertThat(all(ARTICULO, events)).as(name).allMatch(a -> a.startsWith(article));
            assertThat(all(EVENTO, events)).as(name).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_message_key_a_version_names_has_a_spanish_and_an_english_text(String name) {
        for (Map.Entry<String, String> file : LawVersions.load(name).ruleFiles().entrySet()) {
            for (String key : all(MESSAGE_KEY, file.getValue())) {
                assertThat(Messages.es().has(key)).as(file.getKey() + ": " + key + " (es)").isTrue();
                assertThat(Messages.en().has(key)).as(file.getKey() + ": " + key + " (en)").isTrue();
            }
        }
    }

    @Test
    void the_bills_messages_name_no_article_number() throws IOException {
        for (String lang : List.of("es", "en")) {
            List<String> lines = Files.readAllLines(
                    Path.of("src/main/resources/messages/hallazgos_" + lang + ".properties"), StandardCharsets.UTF_8);
            List<String> bill = lines.subList(lines.indexOf("# proyecto-2026-02-05"), lines.size());
            assertThat(bill).as(lang).hasSizeGreaterThan(1)
                    .noneMatch(l -> l.matches("(?i).*\\b(art\\.|arts\\.|artículo|article)\\s*\\d.*"));
        }
    }

    // ── Helpers ──────────────────────────────────────────────────────────────────────────────

    private static Set<String> numbering(int articles, String events, int numerals) {
        Set<String> out = new LinkedHashSet<>();
        IntStream.rangeClosed(1, articles).forEach(i -> out.add(String.valueOf(i)));
        out.addAll(numerals(events, numerals));
        return Set.copyOf(out);
    }

    private static Set<String> numerals(String article, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> article + "." + i).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String withoutNumeral12(String events) {
        return events.substring(0, events.indexOf("// Art. 8, num. 12:"))
                + events.substring(events.indexOf("// Art. 8, num. 13:"));
    }
}
