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
 * overlays hold only the rules that change and inherit the rest rule by rule, a proposal on disk loads
 * at run time, broken or unknown versions are refused clearly, and every rule cites its own
 * version's numbering (docs/ley/versiones.md; docs/spec/semantica.md §5).
 */
class LawVersionsTest {

    private static final String LEY = "ley-2026";
    private static final String BILL = "proyecto-2026-02-05";
    private static final List<String> PROPOSALS = List.of(
            "julio-2024-hasta-toma-de-posesion", "sin-excepcion-rebelion-militar", "ucv-continua",
            "abril-2002-ampliado", "odio-redes-sociales");

    /** The proposal that adds a numeral after the 13 of ley-2026: its own numbering has one more. */
    private static final String NEW_NUMERAL = "odio-redes-sociales";

    private static final Pattern ARTICULO = Pattern.compile("@articulo\\(\"([^\"]*)\"\\)");
    private static final String HEADER = "package amnistia.reglas;\nimport org.amnistia.engine.facts.*;\n";
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]*)\"");
    private static final Pattern EVENTO = Pattern.compile("@evento\\(\"([^\"]*)\"\\)");
    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "\"((?:art\\d\\d|art08_10|proyecto|obligacion)\\.[A-Za-z0-9_.]+)\"");

    // ley-2026: Arts. 1–16, its events Art. 8, numerals 1–13 (one more in odio-redes-sociales): numbering(16, "8", n).
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

    // ── Overlays hold only the rules that change ─────────────────────────────────────────────

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void an_overlay_inherits_every_base_rule_it_neither_replaces_nor_repeals_word_for_word(String name) {
        LawVersion base = LawVersions.load(LEY);
        LawVersion version = LawVersions.load(name);
        Set<String> own = ownRuleNames(name);

        assertThat(own.isEmpty() && version.repealed().isEmpty()).as("the overlay changes something").isFalse();
        for (RuleSource rule : base.rules()) {
            RuleSource resolved = version.rule(rule.name());
            if (version.repealed().contains(rule.name())) {
                assertThat(resolved).as("repealed: " + rule.name()).isNull();
            } else if (own.contains(rule.name())) {
                assertThat(resolved.label()).as("replaced: " + rule.name()).doesNotStartWith("rules/ley-2026/");
                assertThat(resolved.text()).as("a replacement changes the rule").isNotEqualTo(rule.text());
            } else {
                assertThat(resolved).as("inherited: " + rule.name()).isEqualTo(rule);
            }
        }
        assertThat(version.rules()).extracting(RuleSource::name)
                .as("the base's rules that stay, then the overlay's own").containsExactlyElementsOf(Stream.concat(
                        base.rules().stream().map(RuleSource::name)
                                .filter(n -> !version.repealed().contains(n) && !own.contains(n)),
                        version.rules().stream().map(RuleSource::name).filter(own::contains)).toList());
    }

    @Test
    void the_bill_adds_its_own_articles_and_repeals_the_enacted_rules_it_does_not_have() {
        LawVersion bill = LawVersions.load(BILL);

        assertThat(VersionFolder.shipped(BILL).ruleFiles().keySet()).containsExactlyInAnyOrder("ambito-temporal.drl",
                "ambito-personal.drl", "hechos.drl", "amparo.drl", "exclusiones.drl", "procedimiento.drl",
                "orden-publico.drl");
        assertThat(bill.repealed()).hasSize(81).allMatch(n -> LawVersions.load(LEY).rule(n) != null);
        assertThat(bill.rules()).filteredOn(r -> r.label().startsWith("rules/ley-2026/")).extracting(RuleSource::label)
                .as("only the rule of interpretation and the decision are the law's")
                .allMatch(l -> l.endsWith("/favorabilidad.drl") || l.endsWith("/decision.drl"));
        assertThat(bill.rule("Art. 4 — D13, lectura favorable: el tribunal debe aplicar la ley de oficio").label())
                .as("replaced by its name").isEqualTo("rules/proyecto-2026-02-05/orden-publico.drl");
    }

    @Test
    void each_example_proposal_states_only_what_it_changes_in_a_few_dozen_lines() throws IOException {
        LawVersion july = LawVersions.load("julio-2024-hasta-toma-de-posesion");
        assertThat(july.repealed()).hasSize(2).allMatch(n -> n.startsWith("Art. 8.12 — "));
        assertThat(ownRuleNames(july.id())).containsExactly(
                "Art. 8.12 — elecciones presidenciales de julio de 2024 (hasta la toma de posesión del 10-01-2025)");
        assertThat(july.rule("Art. 8.12 — elecciones presidenciales de julio de 2024 (hasta la toma de posesión del "
                + "10-01-2025)").text()).contains("window(\"2024-07-01\", \"2025-01-10\")").doesNotContain("@duda");

        LawVersion rebellion = LawVersions.load("sin-excepcion-rebelion-militar");
        assertThat(rebellion.repealed()).hasSize(3).allMatch(n -> n.contains("D07"));
        assertThat(ownRuleNames(rebellion.id())).isEmpty();

        LawVersion ucv = LawVersions.load("ucv-continua");
        assertThat(ucv.repealed()).hasSize(22).allMatch(n -> n.startsWith("Art. 8."));
        assertThat(ucv.rules()).filteredOn(r -> r.label().endsWith("/hechos.drl")).extracting(RuleSource::name)
                .containsExactly("Art. 8.1 — hechos políticos desde el 01-01-1999 hasta el 19-02-2026 (propuesta UCV, "
                        + "numeración nuestra)");

        for (String proposal : PROPOSALS) {
            long lines = 0;
            try (Stream<Path> files = Files.list(Path.of("rules", "propuestas", proposal))) {
                for (Path file : files.toList()) {
                    lines += Files.readAllLines(file).size();
                }
            }
            assertThat(lines).as(proposal + ": version.yaml and its rules").isLessThanOrEqualTo(60);
        }
    }

    @Test
    void a_correction_to_a_base_rule_reaches_every_proposal_that_does_not_replace_it(@TempDir Path dir)
            throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Path proposal = Files.createDirectories(dir.resolve("propuesta"));
        Files.writeString(base.resolve("version.yaml"), "id: base-prueba\nestado: promulgada\nbase: null\n");
        Files.writeString(proposal.resolve("version.yaml"), "id: propuesta-prueba\nestado: propuesta\nbase: ../base\n");
        Files.writeString(proposal.resolve("hechos.drl"), HEADER + numeral("8.1", "2002-04-11", "2002-04-14", "@reemplaza "));
        Files.writeString(base.resolve("hechos.drl"), HEADER + numeral("8.1", "2002-04-11", "2002-04-12", "")
                + numeral("8.2", "2002-12-01", "2003-02-27", ""));
        assertThat(LawVersions.load(proposal.toString()).rule("Art. 8.2 — prueba").text()).contains("2003-02-27");

        Files.writeString(base.resolve("hechos.drl"), HEADER + numeral("8.1", "2002-04-11", "2002-04-12", "")
                + numeral("8.2", "2002-12-01", "2003-02-28", ""));
        LawVersion corrected = LawVersions.load(proposal.toString());

        assertThat(corrected.rule("Art. 8.2 — prueba").text()).as("inherited, corrected").contains("2003-02-28");
        assertThat(corrected.rule("Art. 8.1 — prueba").text()).as("replaced, the proposal's").contains("2002-04-14");
        assertThat(corrected.files()).extracting(RuleFile::text).as("the replaced rule is blanked, lines kept")
                .first().satisfies(t -> assertThat(t).doesNotContain("2002-04-12").contains("2003-02-28")
                        .hasLineCount((int) (HEADER + numeral("8.1", "2002-04-11", "2002-04-12", "")).lines().count()
                                + (int) numeral("8.2", "2002-12-01", "2003-02-28", "").lines().count()));
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
                deroga:
                  - "Art. 8.10 — D07, lectura favorable: la rebelión militar está excluida si la conducta toca enero–abril de 2019"
                  - "Art. 8.10 — D07, lectura favorable: fuera de enero–abril de 2019 la rebelión militar no está excluida"
                  - "Art. 9 — D07, lectura estricta: la rebelión militar está excluida en todo numeral"
                """, StandardCharsets.UTF_8);

        Engine engine = Engine.load(dir.toString());
        Verdict onDisk = engine.evaluate(CaseJson.parse(REBELLION_MARCH_2019), Reading.FAVOURABLE);
        Verdict enacted = Engine.load(LEY).evaluate(CaseJson.parse(REBELLION_MARCH_2019), Reading.FAVOURABLE);

        assertThat(engine.law()).as("a folder is named by its id, path and hash, never as a shipped version")
                .matches(java.util.regex.Pattern.quote("prueba-en-disco (carpeta " + dir + ", ") + "[0-9a-f]{8}; no oficial\\)");
        assertThat(engine.rules().version().origin()).isEqualTo(dir.toString());
        assertThat(onDisk.law()).isEqualTo(engine.law());
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
        int numerals = name.equals(NEW_NUMERAL) ? 14 : 13;
        Set<String> numbering = name.equals(BILL) ? BILL_NUMBERING : numbering(16, "8", numerals);
        RuleBase rules = RuleBase.compile(LawVersions.load(name));

        for (RuleMeta rule : rules.rules()) {
            assertThat(rule.article()).as(rule.name()).isIn(numbering);
            if (rule.event() != null) {
                assertThat(rule.event()).as(rule.name() + ": @evento is a numeral key of ley-2026 or the proposal's own")
                        .isIn(numerals("8", numerals));
            }
        }
    }

    @Test
    void the_bill_cites_its_own_article_for_each_topic() {
        VersionFolder.shipped(BILL).ruleFiles().forEach((file, text) ->
                assertThat(all(ARTICULO, text)).as(file).isSubsetOf(BILL_TOPICS.get(file)));
        String events = VersionFolder.shipped(BILL).ruleFiles().get("hechos.drl");
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
            String events = LawVersions.load(name).rules().stream().filter(r -> r.label().endsWith("/hechos.drl"))
                    .map(RuleSource::text).collect(Collectors.joining("\n"));
            String article = name.equals(BILL) ? "6." : "8.";
            assertThat(all(ARTICULO, events)).as(name).allMatch(a -> a.startsWith(article));
            assertThat(all(EVENTO, events)).as(name).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void every_message_key_a_version_names_has_a_spanish_and_an_english_text(String name) {
        for (RuleSource rule : LawVersions.load(name).rules()) {
            for (String key : all(MESSAGE_KEY, rule.text())) {
                assertThat(Messages.es().has(key)).as(rule.where() + ": " + key + " (es)").isTrue();
                assertThat(Messages.en().has(key)).as(rule.where() + ": " + key + " (en)").isTrue();
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

    private static Set<String> ownRuleNames(String name) {
        VersionFolder folder = VersionFolder.shipped(name.equals(BILL) ? name : "propuestas/" + name);
        Set<String> out = new LinkedHashSet<>();
        folder.ruleFiles().forEach((file, text) -> all(RULE_NAME, text).forEach(out::add));
        return out;
    }

    private static String numeral(String numeral, String from, String to, String replaces) {
        return """
                rule "Art. %s — prueba"
                    %s@articulo("%s") @evento("%s")
                when
                    $s : Subject( $w : window("%s", "%s") != null )
                then
                    insert( Contact.byDate(kcontext, $s, $w) );
                end
                """.formatted(numeral, replaces, numeral, numeral, from, to);
    }
}
