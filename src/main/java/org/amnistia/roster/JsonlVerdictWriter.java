package org.amnistia.roster;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.amnistia.verdict.Verdict;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One verdict object per line, fields in the order of the {@link Verdict} record. */
final class JsonlVerdictWriter extends StreamVerdictWriter {

    /** About the size of one bilingual verdict, to size the buffer of a chunk at once. */
    private static final int BYTES_PER_VERDICT = 3_000;

    private static final ObjectMapper MAPPER = SharedPartCache.mapper();
    private static final ObjectWriter WRITER = MAPPER.writerFor(Verdict.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    JsonlVerdictWriter(OutputStream out) {
        super(out);
    }

    @Override
    public byte[] encode(List<Verdict> verdicts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(verdicts.size() * BYTES_PER_VERDICT);
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            gen.setRootValueSeparator(null);
            for (Verdict verdict : verdicts) {
                WRITER.writeValue(gen, verdict);
                gen.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a verdict in memory", e);
        }
        return bytes.toByteArray();
    }
}
