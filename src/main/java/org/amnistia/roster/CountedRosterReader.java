package org.amnistia.roster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What every roster reader keeps the same way: the UTF-8 text over a byte-counting stream (for the
 * progress bar's estimate), the size of the input when known, the blank lines skipped, and the ids
 * already seen.
 */
abstract class CountedRosterReader implements RosterReader {

    private final CountingInputStream counted;
    private final long size;
    /** The input as text; a malformed byte becomes U+FFFD instead of stopping the run. */
    protected final Reader input;
    protected long blank;
    private final IdHashSet ids = new IdHashSet();

    CountedRosterReader(CountingInputStream counted, long size) {
        this.counted = counted;
        this.size = size;
        this.input = new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * The reject of a case whose id an earlier one had ({@code unitEs}/{@code unitEn}: what the
     * input is made of, «fila»/row or «línea»/line); {@code null} the first time an id is seen.
     */
    protected final RosterRow repeatedId(long at, String id, String unitEs, String unitEn) {
        return ids.add(id) ? null : RosterRow.rejected(Reject.repeatedId(at, id, "id", unitEs, unitEn));
    }

    @Override
    public long blankLines() {
        return blank;
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public long totalBytes() {
        return size;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
