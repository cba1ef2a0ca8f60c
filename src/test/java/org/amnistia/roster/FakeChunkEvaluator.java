package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.engine.ChunkEvaluator;
import org.amnistia.verdict.Decision;
import org.amnistia.verdict.FindingOutcome;
import org.amnistia.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for the rules engine: the verdict is a pure function of the case id, so any thread
 * count must give the same output; optional random pauses make chunks finish out of order.
 */
final class FakeChunkEvaluator implements ChunkEvaluator {

    private final int maxPauseMicros;

    FakeChunkEvaluator(int maxPauseMicros) {
        this.maxPauseMicros = maxPauseMicros;
    }

    @Override
    public List<Verdict> evaluate(List<CaseFile> cases) {
        if (maxPauseMicros > 0) {
            LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(maxPauseMicros) * 1_000L);
        }
        List<Verdict> out = new ArrayList<>(cases.size());
        for (CaseFile c : cases) {
            out.add(verdictFor(c.id()));
        }
        return out;
    }

    static Verdict verdictFor(String id) {
        int h = Math.floorMod(id.hashCode(), 3);
        switch (h) {
            case 0:
                return new Verdict(id, "ley-2026", "favourable", Decision.ELIGIBLE, List.of("4", "5", "6", "7", "8.12", "9"),
                        List.of("4", "5", "6", "7", "8.12", "9"),
                        List.of(new Verdict.Finding("6", FindingOutcome.COVERS, "dentro del art. 6", "within Art. 6"),
                                new Verdict.Finding("8.12", FindingOutcome.COVERS, "cubierto por el 8.12", "covered by 8.12"),
                                new Verdict.Finding("5", FindingOutcome.FAVOURS, "a favor", "in favour")),
                        List.of("D12"), List.of(), List.of(new Verdict.Obligation("7", "comparecer", "appear")),
                        Map.of("D12", Decision.UNDETERMINED));
            case 1:
                return new Verdict(id, "ley-2026", "favourable", Decision.NOT_ELIGIBLE, List.of("9", "9.B"), List.of("9", "9.B"),
                        List.of(new Verdict.Finding("9.B", FindingOutcome.EXCLUDES, "homicidio, excluido", "homicide, excluded")),
                        List.of(), List.of(), List.of(), Map.of());
            default:
                return new Verdict(id, "ley-2026", "favourable", Decision.UNDETERMINED, List.of("8"), List.of("8"),
                        List.of(), List.of(), List.of(
                                new Verdict.Missing("conduct.political", "¿hubo motivación política?", "was it political?"),
                                new Verdict.Missing("conduct.from", "¿cuándo?", "when?")),
                        List.of(), Map.of());
        }
    }
}
