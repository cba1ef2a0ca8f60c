package org.amnistia.engine;

import org.amnistia.casefile.CaseFile;
import org.amnistia.law.LawVersions;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.verdict.Verdict;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point: one law version, compiled once per JVM and shared, the day a run speaks for (a
 * case without {@code asOf} is read as of that day, in America/Caracas), and the offence catalogue
 * the charges are recognised in (the bundled one, or it with an NGO's own names: {@link #withCatalog}).
 */
public final class Engine {

    private static final Map<String, RuleBase> COMPILED = new ConcurrentHashMap<>();

    private final RuleBase rules;
    private final LocalDate runDate;
    private final OffenseCatalog catalog;

    private Engine(RuleBase rules, LocalDate runDate, OffenseCatalog catalog) {
        this.rules = rules;
        this.runDate = runDate;
        this.catalog = catalog;
    }

    /** The engine for a version name or folder (see {@link LawVersions#load}), as of today in Caracas. */
    public static Engine load(String law) {
        OffenseCatalog catalog = OffenseCatalog.standard(); // first: the rules may be loading on another thread
        return new Engine(rules(law), LocalDate.now(ZoneId.of("America/Caracas")), catalog);
    }

    /**
     * The compiled rules of a version name or folder, loaded once per JVM and shared: a second caller
     * waits for the first one's load rather than making its own.
     */
    public static RuleBase rules(String law) {
        return COMPILED.computeIfAbsent(law, name -> RuleBase.load(LawVersions.load(name)));
    }

    /** The engine over rules already loaded, as of {@code day}: one version's two compiled forms compared. */
    static Engine over(RuleBase rules, LocalDate day) {
        return new Engine(rules, day, OffenseCatalog.standard());
    }

    /**
     * The same law read as of {@code day} for every case without an {@code asOf} of its own, so a
     * run gives the same bytes whichever day it runs ({@code --as-of}).
     */
    public Engine asOf(LocalDate day) {
        return new Engine(rules, day, catalog);
    }

    /** The same law and day, recognising charges in {@code catalog} (an NGO's own names added). */
    public Engine withCatalog(OffenseCatalog catalog) {
        return new Engine(rules, runDate, catalog);
    }

    public OffenseCatalog catalog() {
        return catalog;
    }

    public static Engine load() {
        return load(LawVersions.DEFAULT);
    }

    public RuleBase rules() {
        return rules;
    }

    /** How outputs name this version: its id, or for a folder its id, path and hash, not official ({@link org.amnistia.law.LawVersion#label()}). */
    public String law() {
        return rules.version().label();
    }

    public LocalDate runDate() {
        return runDate;
    }

    public Verdict evaluate(CaseFile file, Reading reading) {
        try (ChunkEvaluator evaluator = evaluator(reading)) {
            return evaluator.evaluate(List.of(file)).get(0);
        }
    }

    /**
     * A new evaluator for one worker thread; all of them share this engine's compiled rules. Close
     * it when done: it holds a rule session.
     */
    public ChunkEvaluator evaluator(Reading reading) {
        return new RuleSession(rules, reading, runDate, catalog, true);
    }

    /**
     * For measuring what the {@code doubts} field costs (bench), never for output: an evaluator that
     * evaluates each case under the chosen reading only, so its verdicts list no doubts.
     */
    public ChunkEvaluator evaluatorWithoutDoubtsForBenchmark(Reading reading) {
        return new RuleSession(rules, reading, runDate, catalog, false);
    }
}
