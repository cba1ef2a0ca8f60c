package org.amnistia.engine;

import org.amnistia.verdict.Verdict;

/** The enacted law, compiled once for all the article tests. */
abstract class EngineTestSupport {

    static final Engine LEY = Engine.load("ley-2026");

    static Verdict favourable(CaseBuilder c) {
        return LEY.evaluate(c.build(), Reading.FAVOURABLE);
    }

    static Verdict strict(CaseBuilder c) {
        return LEY.evaluate(c.build(), Reading.STRICT);
    }
}
