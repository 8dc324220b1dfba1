package org.mskguide.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * The body of {@code POST /api/quiz/attempts}: {@code {"answers": {"<questionId>": "<choiceId>"}, "topic": null}}.
 * Bound strictly by {@code web.api.StrictJson} (a repeated key, trailing text, an unknown field or a choice that is
 * not a string is refused, with the field named); whether the ids exist is the {@link Grader}'s job.
 *
 * @param topic   the topic quiz the answers belong to, or null when the client picked the questions itself
 * @param answers question id to choice id
 */
public record AttemptRequest(String topic,
        @NotNull(message = "is required: an object of question id to choice id")
        @JsonSetter(contentNulls = Nulls.FAIL) Map<String, String> answers) {

    public AttemptRequest {
        answers = answers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
