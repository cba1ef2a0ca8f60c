package org.amnistia.roster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What every roster reader keeps the same way: the UTF-8 text over a byte-counting stream (for the
 * progress bar's estimate), the size of the input when known, and the blank lines skipped.
 */
abstract class CountedRosterReader implements RosterReader {

    private final CountingInputStream counted;
    private final long size;
    /** The input as text; a malformed byte becomes U+FFFD instead of stopping the run. */
    protected final Reader input;
    protected long blank;

    CountedRosterReader(CountingInputStream counted, long size) {
        this.counted = counted;
        this.size = size;
        this.input = new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
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
