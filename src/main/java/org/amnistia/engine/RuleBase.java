package org.amnistia.engine;

import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.RuleMeta;
import org.amnistia.law.LawLoadException;
import org.amnistia.law.LawVersion;
import org.amnistia.law.RuleFile;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One law version compiled: its KieBase (built once, shared by every session and thread), the
 * metadata of its rules, and the Art. 8 events it knows (from the rules' {@code @evento}).
 */
public final class RuleBase {

    private final LawVersion version;
    private final KieBase kieBase;
    private final List<RuleMeta> rules;
    private final Set<String> events;
    private final String favourability;
    private final boolean builtWithJar;

    private RuleBase(LawVersion version, KieBase kieBase, List<RuleMeta> rules, Set<String> events,
                     String favourability, boolean builtWithJar) {
        this.version = version;
        this.kieBase = kieBase;
        this.rules = rules;
        this.events = events;
        this.favourability = favourability;
        this.builtWithJar = builtWithJar;
    }

    /**
     * The version's rules: for a version shipped with the program, the model compiled when the jar
     * was built ({@link BuiltRules}), so no rule text is parsed at start; for a folder on disk, or a
     * build without that model, the rule files compiled now ({@link #compile}). Both give the same
     * verdicts, byte for byte (BuildTimeRulesAgreementTest).
     */
    public static RuleBase load(LawVersion version) {
        RuleBase built = built(version);
        return built != null ? built : compile(version);
    }

    /**
     * The model of a shipped version compiled when the jar was built, or null when this build has
     * none for these very rules. It passed the checks of {@link #compile} then (ShippedRulesCompiler),
     * so they are not repeated at every start.
     */
    static RuleBase built(LawVersion version) {
        KieBase kieBase = BuiltRules.kieBase(version, immutable(KieServices.Factory.get()));
        return kieBase == null ? null : of(version, kieBase, true);
    }

    /**
     * Compiles the version's rule files (its base's, with the rules it replaces or repeals blanked out,
     * then its own: {@link org.amnistia.law.LawVersions}); a compile error names the file, the line and
     * the message on one line,
     * and so does a rule that would fire out of its layer ({@link RuleLayers}) or never fire at all
     * ({@link VerdictOnlyFacts}).
     */
    public static RuleBase compile(LawVersion version) {
        KieServices ks = KieServices.Factory.get();
        // Its own release id: two versions compiled at once never meet in Drools' shared repository.
        ReleaseId releaseId = ks.newReleaseId("org.amnistia", "reglas-" + UUID.randomUUID(), "1");
        build(ks, releaseId, version, UnaryOperator.identity(), DrlProject.class);
        KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(immutable(ks));
        ks.getRepository().removeKieModule(releaseId); // the KieBase keeps what it needs
        refuseIfAny(version, "tiene reglas fuera de su capa | has rules out of their layer", RuleLayers.problems(kieBase));
        refuseIfAny(version, "tiene reglas que nunca dispararían | has rules that would never fire",
                VerdictOnlyFacts.problems(kieBase));
        return of(version, kieBase, false);
    }

    /**
     * Builds the version's rule files, each as {@code text} gives it, as a Drools project of the
     * given kind (DRL compiled now, or the executable model at build time), registered under
     * {@code releaseId}; refused with every error, each naming its file and line.
     */
    static KieBuilder build(KieServices ks, ReleaseId releaseId, LawVersion version, UnaryOperator<String> text,
                            Class<? extends KieBuilder.ProjectType> project) {
        KieFileSystem files = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        List<String> problems = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < version.files().size(); i++) {
            RuleFile file = version.files().get(i);
            problems.addAll(RuleLayers.insertLogicalLines(file.label(), file.text()));
            // A folder per file: a proposal's hechos.drl is compiled beside its base's, never over it.
            String path = "v" + i + "/" + file.name();
            files.write("src/main/resources/amnistia/reglas/" + path, text.apply(file.text()));
            labels.put(path, file.label());
        }
        KieBuilder builder = null;
        if (problems.isEmpty()) {
            builder = ks.newKieBuilder(files).buildAll(project);
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                String label = m.getPath() == null ? "?" : labels.getOrDefault(m.getPath().replaceFirst(".*amnistia/reglas/", ""), m.getPath());
                problems.add(label + ':' + m.getLine() + ": " + m.getText().strip().replaceAll("\\s+", " "));
            }
        }
        refuseIfAny(version, "no compila | does not compile", problems);
        return builder;
    }

    private static RuleBase of(LawVersion version, KieBase kieBase, boolean builtWithJar) {
        List<RuleMeta> rules = new ArrayList<>();
        Set<String> events = new TreeSet<>();
        for (Rule rule : CompiledRules.of(kieBase)) {
            RuleMeta meta = RuleMeta.of(rule);
            rules.add(meta);
            if (meta.event() != null) {
                events.add(meta.event());
            }
        }
        rules.sort(Comparator.comparing(RuleMeta::name));
        return new RuleBase(version, kieBase, List.copyOf(rules), Set.copyOf(events), favourability(version, rules),
                builtWithJar);
    }

    /**
     * No rule is added or removed once a version is compiled, and Drools can use that: a session of
     * an immutable KieBase keeps its facts in one identity map rather than a store per class, and
     * drops at once a fact no rule can match (a note, a duty, the ruling). So nothing reads the
     * conclusions back from a session's working memory: they are filed as the rules insert them
     * ({@link SessionOutcomes}).
     */
    private static KieBaseConfiguration immutable(KieServices ks) {
        KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        return conf;
    }

    private static void refuseIfAny(LawVersion version, String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new LawLoadException("la versión «" + version.id() + "» (" + version.origin() + ") " + what + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * The article of the rule of interpretation, cited when a doubt is resolved for the person: the
     * article of the rules that read D14, the doubt that belongs to that rule itself.
     */
    private static String favourability(LawVersion version, List<RuleMeta> rules) {
        int d14 = Doubts.bit("D14");
        return rules.stream().filter(r -> (r.doubts() & d14) != 0).map(RuleMeta::article).findFirst()
                .orElseThrow(() -> new LawLoadException("la versión «" + version.id() + "» no tiene reglas de "
                        + "favorabilidad (D14) | has no favourability rules (D14)"));
    }

    public LawVersion version() {
        return version;
    }

    /** Whether these rules are the model compiled when the jar was built, rather than compiled at start. */
    public boolean builtWithJar() {
        return builtWithJar;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Every rule with its metadata, by name. */
    public List<RuleMeta> rules() {
        return rules;
    }

    /** The article that states the rule of interpretation (Art. 5 in ley-2026), read from the rules. */
    public String favourabilityArticle() {
        return favourability;
    }

    /** The ley-2026 numerals ({@code conduct.event} values) this version has a rule for. */
    public Set<String> events() {
        return events;
    }
}
