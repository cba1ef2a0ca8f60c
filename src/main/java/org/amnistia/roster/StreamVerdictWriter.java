package org.amnistia.roster;

import java.io.IOException;
import java.io.OutputStream;

/** The part every file format shares: encoded bytes appended to one stream, closed with the writer. */
abstract class StreamVerdictWriter implements VerdictWriter {

    private final OutputStream out;

    StreamVerdictWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public final void writeEncoded(byte[] encoded) throws IOException {
        out.write(encoded);
    }

    @Override
    public final void flush() throws IOException {
        out.flush();
    }

    @Override
    public final void close() throws IOException {
        out.close();
    }
}
