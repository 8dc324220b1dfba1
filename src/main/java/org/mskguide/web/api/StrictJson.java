package org.mskguide.web.api;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How the JSON API reads a request body: strictly, because a lenient reading would turn a client's mistake
 * into a wrong answer. A repeated field, text after the object, an unknown field, {@code "138"} or
 * {@code 12.5} for a whole number, {@code 1} for true, a number for a date: each is refused by one of Jackson's own
 * features, and {@code web.error.ErrorMappers} turns the exception into a 400 naming the field. Use it on a resource
 * method with {@code @CustomDeserialization(StrictJson.class)}.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Jackson's own switches: a field given twice, and anything after the first value, are refused.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // Text fields take text only: 5 is not the topic "5", true is not a choice id.
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withConfigOverride(java.time.LocalDate.class,
                    override -> override.setFormat(JsonFormat.Value.forLeniency(false)))
            .build();

    @Override
    public ObjectReader apply(ObjectMapper ignored, Type type) {
        return STRICT.readerFor(STRICT.constructType(type));
    }

    /** The reader for {@code type}, for tests and for code outside a resource. */
    public static ObjectReader readerFor(Class<?> type) {
        return STRICT.readerFor(type);
    }
}
