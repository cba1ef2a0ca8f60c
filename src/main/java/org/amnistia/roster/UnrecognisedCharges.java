package org.amnistia.roster;

import org.amnistia.casefile.CaseFile;
import org.amnistia.offense.AliasFile;
import org.amnistia.offense.OffenseCatalog;
import org.amnistia.offense.Recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The charge texts of a roster that the catalogue does not recognise, with how many rows hold
 * each: what an NGO must classify once (an alias file) so the next run decides those rows. A
 * text that names several codes is not counted: it needs splitting, not a name. Bounded: past
 * {@link #LIMIT} distinct texts the rest are counted only as {@link #overflowRows()}.
 */
public final class UnrecognisedCharges {

    static final int LIMIT = 10_000;

    private final OffenseCatalog catalog;
    private final Map<String, long[]> rowsByText = new HashMap<>();
    private long overflowRows;

    public UnrecognisedCharges(OffenseCatalog catalog) {
        this.catalog = catalog;
    }

    /** Counts each unrecognised charge of one row (a text written twice in the row counts once). */
    public synchronized void add(CaseFile file) {
        if (file.charges() == null) {
            return;
        }
        List<String> seen = new ArrayList<>(2);
        for (CaseFile.Charge charge : file.charges()) {
            String text = charge.offense().strip();
            if (seen.contains(text) || catalog.recognise(text).status() != Recognition.Status.UNRECOGNISED) {
                continue;
            }
            seen.add(text);
            long[] rows = rowsByText.get(text);
            if (rows != null) {
                rows[0]++;
            } else if (rowsByText.size() < LIMIT) {
                rowsByText.put(text, new long[]{1});
            } else {
                overflowRows++;
            }
        }
    }

    /** The texts, most frequent first (then alphabetically), each with its closest codes. */
    public synchronized List<AliasFile.Unclassified> entries() {
        List<AliasFile.Unclassified> entries = new ArrayList<>(rowsByText.size());
        rowsByText.forEach((text, rows) ->
                entries.add(new AliasFile.Unclassified(text, rows[0], catalog.recognise(text).closest())));
        entries.sort(Comparator.comparingLong(AliasFile.Unclassified::rows).reversed()
                .thenComparing(AliasFile.Unclassified::text));
        return entries;
    }

    /** Rows holding an unrecognised text past the first {@link #LIMIT} distinct ones. */
    public synchronized long overflowRows() {
        return overflowRows;
    }
}
