package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.law.EncodedLaw;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A generated roster around a version's windows, written as CSV and read back as the batch reads it. */
public final class GeneratedRoster {

    private GeneratedRoster() {
    }

    /** The cases of a {@code rows}-row roster for {@code law} (rows the reader rejects are left out). */
    public static List<CaseFile> around(EncodedLaw law, long seed, long rows, Path dir) throws IOException {
        Path file = dir.resolve("nomina-" + law.law() + "-" + seed + ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            new RosterGenerator(seed, RosterGenerator.anchorsOf(law)).write(rows, out);
        }
        List<CaseFile> cases = new ArrayList<>();
        try (RosterReader reader = RosterReader.open(file)) {
            for (RosterRow row = reader.next(); row != null; row = reader.next()) {
                if (row.caseFile() != null) {
                    cases.add(row.caseFile());
                }
            }
        }
        return cases;
    }
}
