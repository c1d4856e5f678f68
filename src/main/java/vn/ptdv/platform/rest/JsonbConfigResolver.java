package vn.ptdv.platform.rest;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/** JSON-B as PTDV wants it: strict booleans ("maybe" is an error, not false). */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictBoolean())
            .withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Only JSON true, false or null become a Boolean. */
    public static class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            if (value == JsonValue.FALSE) {
                return Boolean.FALSE;
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("Expected true or false");
        }
    }
}
