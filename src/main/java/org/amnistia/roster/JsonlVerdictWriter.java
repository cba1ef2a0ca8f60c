package org.amnistia.roster;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.amnistia.casefile.CaseJson;
import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.io.OutputStream;

/** One verdict object per line, fields in the order of the {@link Verdict} record. */
final class JsonlVerdictWriter implements VerdictWriter {

    private static final ObjectWriter WRITER = CaseJson.mapper().writerFor(Verdict.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final JsonGenerator gen;

    JsonlVerdictWriter(OutputStream out) throws IOException {
        this.gen = CaseJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
        this.gen.setRootValueSeparator(null);
    }

    @Override
    public void write(Verdict verdict) throws IOException {
        WRITER.writeValue(gen, verdict);
        gen.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        gen.flush();
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }
}
