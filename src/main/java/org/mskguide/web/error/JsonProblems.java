package org.mskguide.web.error;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
import org.mskguide.web.api.StrictJsonFactory;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
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

    static final String NOT_AN_OBJECT = "The request body must be a JSON object";

    private JsonProblems() {
    }

    /** The body is not JSON, repeats a field or has something after the object. */
    static Problem unreadable(StreamReadException e) {
        String where = where(e.getLocation());
        if (e instanceof StrictJsonFactory.DuplicateField duplicate) {
            String field = duplicate.path();
            return Problem.badRequest("Duplicate field '" + field + "': " + field + " is given twice" + where + ".",
                    List.of(new FieldError(field, "is given twice; give each field once")));
        }
        if (e instanceof StrictJsonFactory.TrailingContent) {
            return Problem.badRequest("Malformed JSON: the request body is not valid JSON, something follows the "
                    + "JSON object" + where + ".", List.of());
        }
        return Problem.badRequest("Malformed JSON: the request body is not valid JSON" + where + ".", List.of());
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
