package org.amnistia.roster;

import java.io.IOException;

/**
 * What every roster reader keeps the same way: the text over a byte-counting stream (for the
 * progress bar's estimate) as {@link RosterDecoder} reads it, the size of the input when known, the
 * blank lines skipped, and the ids already seen.
 */
abstract class CountedRosterReader implements RosterReader {

    private final CountingInputStream counted;
    private final long size;
    /** The input as text; a byte it cannot read is a flaw the reader rejects its record for, never a silent U+FFFD. */
    protected final RosterDecoder input;
    protected long blank;
    private final IdHashSet ids = new IdHashSet();

    /** {@code encoding}: the one forced, or {@code null} to tell it from the bytes. */
    CountedRosterReader(CountingInputStream counted, long size, RosterEncoding encoding) throws IOException {
        this.counted = counted;
        this.size = size;
        this.input = new RosterDecoder(counted, encoding);
    }

    @Override
    public RosterEncoding encoding() {
        return input.encoding();
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
