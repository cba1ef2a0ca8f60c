package org.amnistia.cli;

import org.amnistia.engine.Engine;
import org.amnistia.law.LawVersions;
import org.amnistia.law.PrebuiltVersions;

import java.util.Set;

/**
 * A cold {@code check} spends its first tenth of a second setting up the command line, reading the
 * case and the offence catalogue on one core; meanwhile the rules it will evaluate with are loaded on
 * another, so a lawyer's answer waits for the longer of the two rather than their sum
 * (docs/rendimiento.md). Only rules the command is sure to load: a version shipped with the program
 * and compiled with it, named by {@code --law} or the default. The load is the one the command makes ({@link Engine#rules}
 * keeps it): if it fails, the command meets the same failure and reports it.
 */
final class EnginePreload {

    /** The commands that evaluate cases with the law of {@code --law}. */
    private static final Set<String> EVALUATING = Set.of("check", "batch");

    private EnginePreload() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !EVALUATING.contains(args[0])) {
            return;
        }
        String law = LawVersions.DEFAULT;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-h") || args[i].equals("--help") || args[i].equals("-V") || args[i].equals("--version")) {
                return;
            } else if (args[i].equals("--law") && i + 1 < args.length) {
                law = args[i + 1];
            } else if (args[i].startsWith("--law=")) {
                law = args[i].substring("--law=".length());
            }
        }
        if (!LawVersions.SHIPPED.contains(law)) {
            return; // a folder is compiled when the command reads it, after its checks of the path
        }
        String name = law;
        Thread preload = new Thread(() -> {
            try {
                if (PrebuiltVersions.of(name) != null) { // never a folder of that name, in a build without it
                    Engine.rules(name);
                }
            } catch (Throwable e) {
                // The command loads the same law and reports what went wrong, in its own words.
            }
        }, "amnistia-precarga");
        preload.setDaemon(true);
        preload.start();
    }
}
