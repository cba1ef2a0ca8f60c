package org.amnistia.web;

import org.amnistia.engine.Engine;
import org.amnistia.engine.LawProbe;
import org.amnistia.engine.Reading;
import org.amnistia.law.EncodedLaw;
import org.amnistia.law.LawVersions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code law} and {@code reading} query parameters. Only the versions shipped in the jar can be
 * chosen: a request never points the server at a folder on disk.
 */
final class LawChoice {

    private static final Map<String, EncodedLaw> DESCRIBED = new ConcurrentHashMap<>();

    private LawChoice() {
    }

    /** The shipped version named by {@code law} (default {@code ley-2026}); anything else is a 400. */
    static String law(Call call) {
        String law = call.param("law");
        if (law == null) {
            return LawVersions.DEFAULT;
        }
        List<String> available = LawVersions.available();
        if (!available.contains(law)) {
            String allowed = String.join(", ", available);
            throw ApiException.badRequest("law", "versión de la ley desconocida «" + law + "» (se admite: "
                    + allowed + ")", "unknown law version «" + law + "» (allowed: " + allowed + ")");
        }
        return law;
    }

    /** The version named by {@code law}, read as of {@code asOf} when given (a day for cases without their own). */
    static Engine engine(Call call) {
        Engine engine = Engine.load(law(call)).withCatalog(call.catalog());
        String asOf = call.param("asOf");
        if (asOf == null) {
            return engine;
        }
        try {
            return engine.asOf(LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("asOf", "«" + asOf + "» no es una fecha AAAA-MM-DD",
                    "«" + asOf + "» is not a YYYY-MM-DD date");
        }
    }

    /** The reading named by {@code reading} (default favourable, Art. 5). */
    static Reading reading(Call call) {
        String reading = call.param("reading");
        if (reading == null) {
            return Reading.FAVOURABLE;
        }
        try {
            return Reading.parse(reading);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("reading", "lectura desconocida «" + reading + "» (favourable | strict)",
                    "unknown reading «" + reading + "» (favourable | strict)");
        }
    }

    /** The law as its rules encode it, read back once per version. */
    static EncodedLaw encoded(Call call) {
        return DESCRIBED.computeIfAbsent(law(call), name -> LawProbe.describe(Engine.load(name)));
    }
}
