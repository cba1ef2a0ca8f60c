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
 * must be one law: for every shipped version, every golden case and a generated roster give, under
 * both readings, the same verdict byte for byte (findings, doubts, missing facts, duties,
 * alternatives) from the build-time model, two workers sharing it as a batch does, as from the rule
 * files compiled at run time.
 */
class BuildTimeRulesAgreementTest {

    /** The enacted law is run over the roster the issue names; each other version over a tenth. */
    private static final int LEY_ROWS = 200_000;
    private static final int OTHER_ROWS = 20_000;

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
        cases.addAll(GeneratedRoster.around(LawProbe.describe(Engine.over(compiled, AS_OF)), 2026,
                name.equals(LawVersions.DEFAULT) ? LEY_ROWS : OTHER_ROWS, dir));
        for (Reading reading : Reading.values()) {
            List<String> fromRules = verdicts(Engine.over(compiled, AS_OF), reading, cases, 1);
            // The model's side on two threads at once, as a batch or the server runs it: a KieBase is
            // shared by every worker's session.
            List<String> fromModel = verdicts(Engine.over(built, AS_OF), reading, cases, 2);
            for (int k = 0; k < cases.size(); k++) {
                if (!fromModel.get(k).equals(fromRules.get(k))) {
                    assertThat(fromModel.get(k)).as(name + "/" + reading.id() + ", case " + cases.get(k).id()
                            + ": the build-time model against the rule files").isEqualTo(fromRules.get(k));
                }
            }
        }
    }

    /** Each case's verdict as JSON, in order, evaluated in chunks by {@code threads} workers. */
    private static List<String> verdicts(Engine engine, Reading reading, List<CaseFile> cases, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ChunkEvaluator> evaluators = new CopyOnWriteArrayList<>();
        ThreadLocal<ChunkEvaluator> evaluator = ThreadLocal.withInitial(() -> {
            ChunkEvaluator e = engine.evaluator(reading);
            evaluators.add(e);
            return e;
        });
        try {
            List<Future<List<String>>> chunks = new ArrayList<>();
            for (int i = 0; i < cases.size(); i += 500) {
                List<CaseFile> chunk = cases.subList(i, Math.min(cases.size(), i + 500));
                chunks.add(pool.submit(() -> {
                    List<String> json = new ArrayList<>(chunk.size());
                    for (Verdict v : evaluator.get().evaluate(chunk)) {
                        json.add(JSON.writeValueAsString(v));
                    }
                    return json;
                }));
            }
            List<String> all = new ArrayList<>(cases.size());
            for (Future<List<String>> chunk : chunks) {
                all.addAll(chunk.get());
            }
            return all;
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(engine.law() + "/" + reading.id() + ": evaluation failed", e);
        } finally {
            pool.shutdown();
            evaluators.forEach(ChunkEvaluator::close);
        }
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
