package org.amnistia.bench;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ArticleOrder;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.engine.MissingFacts;
import org.amnistia.engine.Reading;
import org.amnistia.engine.facts.CaseFacts;
import org.amnistia.engine.facts.Doubts;
import org.amnistia.engine.facts.Overlap;
import org.amnistia.engine.facts.Window;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.OffenseCategory;
import org.amnistia.offense.Recognition;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Messages;
import org.amnistia.verdict.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The enacted law (ley-2026) written as plain Java from docs/spec/semantica.md, without the rules
 * engine: the baseline of the benchmark, and an independent check of the engine's verdict, articles,
 * doubts and missing facts. Its findings are only the deciding ones. It is not used to decide cases.
 */
public final class ReferenceEvaluator implements ChunkEvaluator {

    /** An Art. 8 numeral: favourable and strict windows, the doubt moving them, and BY EVENT. */
    private record Numeral(String id, boolean byEvent, int doubt, Window[] favourable, Window[] strict) {
    }

    private static final int D01 = bit(1), D02 = bit(2), D03 = bit(3), D04 = bit(4), D05 = bit(5), D06 = bit(6),
            D07 = bit(7), D08 = bit(8), D09 = bit(9), D10 = bit(10), D11 = bit(11), D12 = bit(12), D14 = bit(14);

    private static final List<Numeral> NUMERALS = List.of(
            byDate("8.1", "2002-04-11", "2002-04-12"),
            byDate("8.2", "2002-12-01", "2003-02-28"),
            new Numeral("8.3", false, 0, new Window[]{w("2004-02-01", "2004-03-31"), w("2004-08-01", "2004-08-31")},
                    new Window[]{w("2004-02-01", "2004-03-31"), w("2004-08-01", "2004-08-31")}),
            byDate("8.4", "2007-05-01", "2007-05-31"),
            byDate("8.5", "2009-07-01", "2009-09-30"),
            byDate("8.6", "2013-04-01", "2013-04-30"),
            byDate("8.7", "2014-02-01", "2014-06-30"),
            new Numeral("8.8", true, D02, new Window[]{w("2016-01-05", "2021-01-05")}, new Window[]{w("2016-01-05", "2020-12-31")}),
            byDate("8.9", "2017-03-01", "2017-08-31"),
            byDate("8.10", "2019-01-01", "2019-04-30"),
            new Numeral("8.11", true, D04, new Window[]{w("2023-01-01", "2023-12-31")}, new Window[]{w("2023-06-01", "2023-10-31")}),
            new Numeral("8.12", false, D05, new Window[]{w("2024-07-01", "2025-01-10")}, new Window[]{w("2024-07-01", "2024-07-31")}),
            new Numeral("8.13", true, D06, new Window[]{w("2025-01-01", "2025-12-31")}, new Window[]{w("2025-01-01", "2025-05-31")}));

    private static final Window SCOPE_FAVOURABLE = w("1999-01-01", "2026-02-19");
    private static final Window SCOPE_STRICT = w("1999-01-01", "2026-01-30");
    private static final Window CARVE_OUT = w("2019-01-01", "2019-04-30");

    private final Reading reading;
    private final LocalDate defaultAsOf;
    private final OffenseCatalog catalog = OffenseCatalog.standard();

    public ReferenceEvaluator(Reading reading, LocalDate defaultAsOf) {
        this.reading = reading;
        this.defaultAsOf = defaultAsOf;
    }

    @Override
    public List<Verdict> evaluate(List<CaseFile> cases) {
        List<Verdict> out = new ArrayList<>(cases.size());
        for (CaseFile file : cases) {
            out.add(verdict(file));
        }
        return out;
    }

    private Verdict verdict(CaseFile file) {
        CaseFacts facts = new CaseFacts(file, defaultAsOf);
        List<Recognition> charges = new ArrayList<>();
        if (file.charges() != null) {
            for (CaseFile.Charge c : file.charges()) {
                charges.add(catalog.recognise(c.offense()));
            }
        }
        int chosen = reading == Reading.FAVOURABLE ? 0 : Doubts.ALL;
        Result r = assess(facts, charges, chosen);
        Result other = assess(facts, charges, chosen ^ Doubts.ALL);
        Map<String, Decision> alternatives = new LinkedHashMap<>();
        if (r.decision != other.decision) {
            for (int i = 0; i < Doubts.COUNT; i++) {
                int b = 1 << i;
                Decision fromChosen = assess(facts, charges, chosen ^ b).decision;
                Decision fromOther = assess(facts, charges, chosen ^ Doubts.ALL ^ b).decision;
                if (fromChosen != r.decision || fromOther != other.decision) {
                    alternatives.put(Doubts.id(i), fromChosen);
                }
            }
        }
        TreeSet<String> articles = new TreeSet<>(ArticleOrder.INSTANCE);
        List<Verdict.Finding> findings = new ArrayList<>();
        switch (r.decision) {
            case ELIGIBLE -> {
                articles.addAll(List.of("4", "6", "7", "9"));
                articles.addAll(r.covering);
                if (reading == Reading.FAVOURABLE && !alternatives.isEmpty()) {
                    articles.add("5");
                }
                for (String n : r.covering) {
                    findings.add(finding(n, FindingOutcome.COVERS, "art08.ampara_por_fecha", facts.conductText(), n, ""));
                }
            }
            case NOT_ELIGIBLE -> {
                articles.addAll(r.failing);
                for (String a : r.failing) {
                    findings.add(finding(a, FindingOutcome.NOT_COVERED, "art08.ninguno", facts.conductText()));
                }
            }
            case UNDETERMINED -> articles.addAll(r.pending);
        }
        List<Verdict.Missing> missing = new ArrayList<>();
        if (r.decision == Decision.UNDETERMINED) {
            for (String fact : r.missing) {
                missing.add(new Verdict.Missing(fact, fact, fact));
            }
        }
        return new Verdict(file.id(), "ley-2026", reading.id(), r.decision, List.copyOf(articles),
                findings.stream().map(Verdict.Finding::article).distinct().toList(), findings,
                List.copyOf(alternatives.keySet()), missing, List.of(), alternatives);
    }

    private static Verdict.Finding finding(String article, FindingOutcome outcome, String key, Object... args) {
        return new Verdict.Finding(article, outcome, Messages.es().format(key, args), Messages.en().format(key, args));
    }

    /** The checks of docs/spec/semantica.md §2 under one reading of every doubt. */
    private static final class Result {
        Decision decision;
        final TreeSet<String> failing = new TreeSet<>(ArticleOrder.INSTANCE);
        final TreeSet<String> pending = new TreeSet<>(ArticleOrder.INSTANCE);
        final TreeSet<String> covering = new TreeSet<>(ArticleOrder.INSTANCE);
        final TreeSet<String> missing = new TreeSet<>(MissingFacts.ORDER);
    }

    private static Result assess(CaseFacts facts, List<Recognition> charges, int strict) {
        Result r = new Result();
        CaseFile file = facts.file();
        CaseFile.Conduct conduct = file.conductOrEmpty();
        // Art. 6 (D01)
        Window scope = (strict & D01) != 0 ? SCOPE_STRICT : SCOPE_FAVOURABLE;
        if (!facts.conductKnown()) {
            pending(r, "6", "conduct.from");
            pending(r, "8", "conduct.from");
        } else if (facts.start().isAfter(scope.to()) || facts.end().isBefore(scope.from())) {
            r.failing.add("6");
        }
        // political motive
        if (Boolean.FALSE.equals(conduct.political())) {
            r.failing.add("8");
        } else if (conduct.political() == null) {
            pending(r, "8", "conduct.political");
        }
        // Art. 8 coverage
        if (facts.conductKnown()) {
            Map<String, List<String>> pendingNumerals = new LinkedHashMap<>();
            for (Numeral n : NUMERALS) {
                for (Window window : (strict & n.doubt) != 0 ? n.strict : n.favourable) {
                    Overlap o = facts.measure(window);
                    if (o == Overlap.OUTSIDE) {
                        continue;
                    }
                    List<String> unknown = new ArrayList<>();
                    boolean unmet = false;
                    if (o.partial() && (strict & D14) != 0) {
                        if (o == Overlap.PARTIAL_MAYBE) {
                            unknown.add("conduct.from");
                        } else {
                            unmet = true;
                        }
                    }
                    if (n.byEvent) {
                        if (conduct.event() == null) {
                            unknown.add("conduct.event");
                        } else if (!conduct.event().equals(n.id)) {
                            unmet = true;
                        }
                    }
                    if (n.id.equals("8.8") && (strict & D03) != 0) {
                        if (conduct.assemblyMandate() == null) {
                            unknown.add("conduct.assemblyMandate");
                        } else if (!conduct.assemblyMandate()) {
                            unmet = true;
                        }
                    }
                    if (!unmet && unknown.isEmpty()) {
                        r.covering.add(n.id);
                    } else if (!unmet) {
                        pendingNumerals.computeIfAbsent(n.id, k -> new ArrayList<>()).addAll(unknown);
                    }
                }
            }
            if (r.covering.isEmpty()) {
                if (pendingNumerals.isEmpty()) {
                    r.failing.add("8");
                } else {
                    pendingNumerals.forEach((numeral, facts2) -> facts2.forEach(f -> pending(r, numeral, f)));
                }
            }
        }
        // Art. 9
        if (file.charges() == null) {
            pending(r, "9", "charges");
        } else {
            for (int i = 0; i < charges.size(); i++) {
                Recognition rec = charges.get(i);
                if (!rec.recognised()) {
                    pending(r, "9", "charges[" + i + "].offense");
                    continue;
                }
                CaseFile.Charge charge = file.charges().get(i);
                boolean attempt = Boolean.TRUE.equals(charge.attempt()) || rec.attempt();
                Double min = charge.minPenaltyYears() != null ? charge.minPenaltyYears()
                        : rec.offense().defaultMinPenaltyYears() == null ? null
                        : rec.offense().defaultMinPenaltyYears().doubleValue();
                String excludedBy = excludedBy(rec.offense().category(), attempt, min, facts, strict);
                if (excludedBy != null) {
                    r.failing.add(excludedBy);
                }
            }
        }
        // Art. 7 (D12)
        if (conduct.ceased() == null && !conduct.endIsStated() && (strict & D12) != 0) {
            pending(r, "7", "conduct.ceased");
        }
        if (!r.failing.isEmpty()) {
            r.decision = Decision.NOT_ELIGIBLE;
        } else if (!r.pending.isEmpty()) { // pending() fills it and the missing facts together
            r.decision = Decision.UNDETERMINED;
        } else {
            r.decision = Decision.ELIGIBLE;
        }
        return r;
    }

    /** The article an excluded charge is cited under, or null when it is not excluded. */
    private static String excludedBy(OffenseCategory category, boolean attempt, Double min, CaseFacts facts, int strict) {
        return switch (category) {
            case ART29, LESIONES_GRAVISIMAS, CORRUPCION, ACCION_ARMADA -> "9";
            case HOMICIDIO -> !attempt || (strict & D08) != 0 ? "9" : null;
            case DROGAS -> (strict & D09) != 0 || (min != null && min > 9) ? "9" : null;
            case BIENES_PUBLICOS -> (strict & D10) != 0 ? "9" : null;
            case SANCIONES, TRAICION_EXTRANJERA -> (strict & D11) != 0 ? "9" : null;
            case REBELION_MILITAR -> (strict & D07) != 0 ? "9"
                    : facts.conductKnown() && facts.measure(CARVE_OUT) != Overlap.OUTSIDE ? "8.10" : null;
            case OTRO -> null;
        };
    }

    private static void pending(Result r, String article, String fact) {
        r.pending.add(article);
        r.missing.add(fact);
    }

    private static Numeral byDate(String id, String from, String to) {
        return new Numeral(id, false, 0, new Window[]{w(from, to)}, new Window[]{w(from, to)});
    }

    private static Window w(String from, String to) {
        return Window.of(from, to);
    }

    private static int bit(int n) {
        return 1 << (n - 1);
    }
}
