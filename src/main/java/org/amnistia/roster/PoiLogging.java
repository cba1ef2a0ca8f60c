package org.amnistia.roster;

/**
 * Apache POI logs through Log4j's API, which prints an error on first use when no Log4j
 * implementation is on the class path (this project logs through SLF4J, warnings only). Log4j's
 * own simple logger, at its default level ERROR, keeps POI quiet unless it fails. Called before
 * the first POI class is used.
 */
final class PoiLogging {

    private static final String PROVIDER = "log4j.provider";

    private PoiLogging() {
    }

    static void quiet() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
    }
}
