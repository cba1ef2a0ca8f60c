package org.amnistia.cli;

import sun.misc.Signal;

import java.util.List;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a roster run: instead of dying mid-write, the run stops
 * reading, lets the workers finish the rows in flight, removes its temporary files, says how many
 * rows it evaluated and that no file was written, and exits 130 or 143 as a shell expects.
 * Installed only by the commands that poll {@link #requested()}; the others keep the JVM's own
 * handling (and {@link OutputFiles} still removes their temporary files on exit).
 */
final class Interruption {

    private static volatile String signal;

    private Interruption() {
    }

    static void install() {
        for (String name : List.of("INT", "TERM")) {
            Signal.handle(new Signal(name), s -> signal = s.getName());
        }
    }

    static boolean requested() {
        return signal != null;
    }

    /** 130 for SIGINT, 143 for SIGTERM (128 + the signal's number). */
    static int exitCode() {
        return "INT".equals(signal) ? 130 : 143;
    }

    static String message(long rows, String lang) {
        String which = "INT".equals(signal) ? "Ctrl-C (SIGINT)" : "SIGTERM";
        return "en".equals(lang)
                ? "amnistia: interrupted by " + which + " after evaluating " + rows + " rows; no output file was written"
                : "amnistia: interrumpido por " + which + " tras evaluar " + rows + " filas; no se escribió ningún archivo";
    }
}
