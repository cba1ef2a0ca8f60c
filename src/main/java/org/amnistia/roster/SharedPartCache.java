package org.amnistia.roster;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.amnistia.casefile.CaseJson;
import org.amnistia.verdict.Verdict;

import java.io.IOException;
import java.util.Set;

/**
 * Encodes once the reasons that verdicts share. The engine gives every verdict the same object
 * for a reason without arguments (the Art. 4 guidance alone is 1.4 KB of the 2.7 KB of a typical
 * line); this cache keeps the JSON of an object seen twice and writes its bytes as they are from
 * then on. Objects are told apart by identity, so a reason built for one case only passes through.
 * The bytes are those Jackson writes for the object (a test holds them equal).
 */
final class SharedPartCache {

    private static final Set<Class<?>> PARTS = Set.of(Verdict.Finding.class, Verdict.Obligation.class,
            Verdict.Missing.class);
    private static final int SLOTS = 4096;

    /** One object seen, and its JSON once it was seen twice. Immutable: racy slot writes are safe. */
    private record Seen(Object part, SerializedString json) {
    }

    private static final Seen[] SEEN = new Seen[SLOTS];

    private SharedPartCache() {
    }

    /** The case mapper, with the reasons' serialisers going through the cache. */
    static ObjectMapper mapper() {
        return CaseJson.mapper().copy().registerModule(new SimpleModule().setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                                                      JsonSerializer<?> serializer) {
                return PARTS.contains(bean.getBeanClass()) ? new Cached(serializer) : serializer;
            }
        }));
    }

    private static final class Cached extends StdSerializer<Object> {
        private final JsonSerializer<Object> plain;

        @SuppressWarnings("unchecked")
        Cached(JsonSerializer<?> plain) {
            super(Object.class);
            this.plain = (JsonSerializer<Object>) plain;
        }

        @Override
        public void serialize(Object part, JsonGenerator gen, SerializerProvider provider) throws IOException {
            int slot = System.identityHashCode(part) & (SLOTS - 1);
            Seen seen = SEEN[slot];
            if (seen == null || seen.part != part) {
                SEEN[slot] = new Seen(part, null);
                plain.serialize(part, gen, provider);
                return;
            }
            SerializedString json = seen.json;
            if (json == null) {
                json = new SerializedString(CaseJson.mapper().writeValueAsString(part));
                SEEN[slot] = new Seen(part, json);
            }
            gen.writeRawValue(json);
        }
    }
}
