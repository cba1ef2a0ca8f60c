package org.amnistia.engine;

import com.fasterxml.jackson.databind.ObjectWriter;
import org.amnistia.casefile.CaseFile;
import org.amnistia.casefile.CaseJson;
import org.amnistia.law.LawVersion;
import org.amnistia.law.LawVersions;
import org.amnistia.law.PrebuiltVersions;
import org.amnistia.roster.GeneratedRoster;
import org.amnistia.verdict.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped version is loaded from the model compiled when the jar was built
 * (ShippedRulesCompiler); a proposal folder is still compiled from its rule files when used. The two
 * must be one law: for every shipped version, every golden case and a generated roster of 200,000
 * rows give, under both readings, the same verdict byte for byte (findings, doubts, missing facts,
 * duties, alternatives) from the build-time model as from the rule files compiled at run time, two
 * workers sharing each, as a batch does.
 */
class BuildTimeRulesAgreementTest {

    /** Rows of the generated roster each version is run over. */
    private static final int ROWS = 200_000;

    /** Cases a worker evaluates, under both compilations, before comparing them. */
    private static final int CHUNK = 500;

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final ObjectWriter JSON = CaseJson.mapper().writerFor(Verdict.class);

    static Stream<String> shippedVersions() {
        return LawVersions.available().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedVersions")
    void the_build_time_model_and_the_rule_files_give_the_same_verdicts(String name, @TempDir Path dir) throws IOException {
        LawVersion read = LawVersions.read(name);
        assertThat(LawVersions.load(name)).as("a start reads the version the build resolved, parsing no rule file")
                .isSameAs(PrebuiltVersions.of(name).version())
                .as("the version as the build resolved it is the one its rule files give").isEqualTo(read);
        RuleBase built = RuleBase.built(read);
        assertThat(built).as(name + ": the jar carries its model, compiled at build time").isNotNull();
        assertThat(RuleBase.load(read).builtWithJar()).as("a start loads the model").isTrue();
        RuleBase compiled = RuleBase.compile(read);
        assertThat(compiled.builtWithJar()).isFalse();
        assertThat(built.rules()).as("the same rules, with the same metadata").isEqualTo(compiled.rules());

        List<CaseFile> cases = new ArrayList<>(goldenCases());
        cases.addAll(GeneratedRoster.around(LawProbe.describe(Engine.over(compiled, AS_OF)), 2026, ROWS, dir));
        for (Reading reading : Reading.values()) {
            assertThat(differences(Engine.over(built, AS_OF), Engine.over(compiled, AS_OF), reading, cases))
                    .as(name + "/" + reading.id() + ": cases whose verdict from the build-time model is not the one"
                            + " from the rule files").isEmpty();
        }
    }

    /**
     * The cases (at most three, each with where its verdicts part) whose verdict JSON differs between
     * the two engines. Two workers evaluate chunks at once under both, as a batch or the server runs
     * them: each KieBase is shared by both workers' sessions.
     */
    private static List<String> differences(Engine model, Engine rules, Reading reading, List<CaseFile> cases) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ChunkEvaluator> evaluators = new CopyOnWriteArrayList<>();
        ThreadLocal<ChunkEvaluator[]> pair = ThreadLocal.withInitial(() -> {
            ChunkEvaluator[] both = {model.evaluator(reading), rules.evaluator(reading)};
            evaluators.addAll(List.of(both));
            return both;
        });
        try {
            List<Future<List<String>>> chunks = new ArrayList<>();
            for (int i = 0; i < cases.size(); i += CHUNK) {
                List<CaseFile> chunk = cases.subList(i, Math.min(cases.size(), i + CHUNK));
                chunks.add(pool.submit(() -> {
                    List<Verdict> a = pair.get()[0].evaluate(chunk);
                    List<Verdict> b = pair.get()[1].evaluate(chunk);
                    List<String> found = new ArrayList<>();
                    for (int k = 0; k < chunk.size(); k++) {
                        String fromModel = JSON.writeValueAsString(a.get(k));
                        String fromRules = JSON.writeValueAsString(b.get(k));
                        if (!fromModel.equals(fromRules)) {
                            found.add(chunk.get(k).id() + ": " + whereTheyPart(fromModel, fromRules));
                        }
                    }
                    return found;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> chunk : chunks) {
                all.addAll(chunk.get());
            }
            return all.subList(0, Math.min(3, all.size()));
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(model.law() + "/" + reading.id() + ": evaluation failed", e);
        } finally {
            pool.shutdown();
            evaluators.forEach(ChunkEvaluator::close);
        }
    }

    /** The two texts from a little before the first character where they differ. */
    private static String whereTheyPart(String model, String rules) {
        int at = 0;
        while (at < Math.min(model.length(), rules.length()) && model.charAt(at) == rules.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        return "model «…" + model.substring(from, Math.min(model.length(), at + 120)) + "…» rules «…"
                + rules.substring(from, Math.min(rules.length(), at + 120)) + "…»";
    }

    private static List<CaseFile> goldenCases() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("cases"))) {
            List<CaseFile> cases = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".caso.json")).sorted().toList()) {
                cases.add(CaseJson.parse(Files.readString(p)));
            }
            assertThat(cases).as("golden cases").hasSizeGreaterThan(50);
            return cases;
        }
    }
}
