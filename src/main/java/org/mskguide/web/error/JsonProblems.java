package org.mskguide.web.error;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.mskguide.web.FieldErrors.FieldError;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Bad JSON bodies and failed Bean Validation as {@link Problem}s that name the field, taken from the exception's
 * path and type (never its message): {@code 'mskStudiesLast36Months' must be a whole number from 0 to 100000}.
 * A top-level field is quoted; a nested one is written as its path, e.g. {@code answers.alpha-1}.
 */
final class JsonProblems {

    /** Also what a second value after the object gets ({@code FAIL_ON_TRAILING_TOKENS}). */
    static final String NOT_AN_OBJECT = "The request body must be one JSON object, with nothing after it";

    /** How Jackson's duplicate detection starts its message. */
    static final String DUPLICATE_PREFIX = "Duplicate field '";

    private JsonProblems() {
    }

    /** The body is not JSON, or repeats a field (Jackson's {@code STRICT_DUPLICATE_DETECTION}). */
    static Problem unreadable(StreamReadException e) {
        String where = where(e.getLocation());
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return Problem.badRequest("Duplicate field '" + duplicate + "': " + duplicate + " is given twice" + where
                    + ".", List.of(new FieldError(duplicate, "is given twice; give each field once")));
        }
        return Problem.badRequest("Malformed JSON: the request body is not valid JSON" + where + ".", List.of());
    }

    /**
     * The dotted path of a repeated field ({@code answers.alpha-1}), or null for another syntax error. Jackson
     * reports a duplicate as a plain {@link JsonParseException} whose only mark is its message; {@code StrictJsonTest}
     * pins that wording, so an upgrade that changed it fails a test (and the reader would still get a 400). The
     * path comes from the parser, which has just read the repeated name.
     */
    static String duplicateField(StreamReadException e) {
        if (!(e instanceof JsonParseException) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith(DUPLICATE_PREFIX) || e.getProcessor() == null) {
            return null;
        }
        JsonParser parser = e.getProcessor();
        Deque<String> names = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                names.push(context.getCurrentName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    /** A well-formed body whose shape is wrong; null when the mapping failed for a reason of ours (a bug). */
    static Problem mismatched(JsonMappingException e) {
        if (!(e instanceof MismatchedInputException) && !(e instanceof ValueInstantiationException)) {
            return null;
        }
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return Problem.badRequest(NOT_AN_OBJECT + ".", List.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return Problem.badRequest("Unknown field '" + unknown.getPropertyName() + "' (known fields: " + known + ").",
                    List.of(new FieldError(field, "is not a known field; known fields: " + known)));
        }
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType()
                : ((ValueInstantiationException) e).getType().getRawClass();
        Object from = e.getPath().get(e.getPath().size() - 1).getFrom();
        String name = e.getPath().get(e.getPath().size() - 1).getFieldName();
        String expected = expected(type, from instanceof Class<?> c && name != null ? field(c, name) : null);
        return Problem.badRequest(label(field) + " " + expected + ".", List.of(new FieldError(field, expected)));
    }

    /**
     * Failed constraints on a request record. A violation of the body parameter itself (no body at all) has no
     * field; the others are listed in the order of the record's components.
     */
    static Problem invalid(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        violations.stream().sorted(Comparator.comparingInt(JsonProblems::order)).forEach(v -> {
            String field = field(v.getPropertyPath());
            if (field == null) {
                sentences.add(v.getMessage());
            } else {
                errors.add(new FieldError(field, v.getMessage()));
                sentences.add(label(field) + " " + v.getMessage());
            }
        });
        return Problem.badRequest(String.join("; ", sentences) + ".", errors);
    }

    /** What a value of this type looks like, for the message after the field's name. */
    static String expected(Class<?> type, Field field) {
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            Min min = field == null ? null : field.getAnnotation(Min.class);
            Max max = field == null ? null : field.getAnnotation(Max.class);
            return "must be a whole number" + (min != null && max != null ? " from " + min.value() + " to " + max.value() : "");
        }
        if (type == LocalDate.class) {
            return "must be a date written year-month-day, for example \"2025-06-01\"";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(JsonProblems::jsonValue)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "does not have the right type";
    }

    private static String label(String field) {
        return field.contains(".") || field.contains("[") ? field : "'" + field + "'";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The record component a violation belongs to, e.g. {@code studiesPerMonth}, or null for the body itself. */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    private static int order(ConstraintViolation<?> v) {
        Object bean = v.getLeafBean();
        String field = field(v.getPropertyPath());
        if (bean == null || field == null || !bean.getClass().isRecord()) {
            return -1;
        }
        RecordComponent[] components = bean.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                return i;
            }
        }
        return components.length;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** An enum constant as JSON writes it: its {@code @JsonValue} method if it has one, else its name. */
    private static String jsonValue(Object constant) {
        for (Method method : constant.getClass().getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class)) {
                try {
                    return Objects.toString(method.invoke(constant));
                } catch (ReflectiveOperationException e) {
                    break;
                }
            }
        }
        return ((Enum<?>) constant).name();
    }
}
