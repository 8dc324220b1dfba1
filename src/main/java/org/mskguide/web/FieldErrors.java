package org.mskguide.web;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.qute.TemplateData;

/**
 * The problems with a submitted form, in the order of its fields: the error summary lists them all (each linking
 * to its field's id) and each field shows its own. Usage in a template: {@code {#if errors.has('studies')}}.
 */
public final class FieldErrors {

    /** One problem: the field it belongs to (a form element's id, or a JSON field's path) and the message. */
    // Read by tags/errorSummary.html, whose expressions Qute does not type: a generated resolver, not reflection.
    @TemplateData
    @Schema(description = "A field at fault.")
    public record FieldError(
            @Schema(description = "The field's name, or its path for a nested field (`answers.alpha-1`).",
                    example = "mskStudiesLast36Months") String field,
            @Schema(description = "What is wrong, to follow the field's name.", example = "cannot be negative")
            String message) {
    }

    private final List<FieldError> all = new ArrayList<>();

    /** No problems. */
    public static FieldErrors none() {
        return new FieldErrors();
    }

    /** Adds a problem; problems should be added in field order. */
    public FieldErrors add(String field, String message) {
        all.add(new FieldError(field, message));
        return this;
    }

    /** Every problem, for the error summary. */
    public List<FieldError> all() {
        return List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** True when the field has at least one problem. */
    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The field's messages, for display next to it. */
    public List<String> messages(String field) {
        return all.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    }
}
