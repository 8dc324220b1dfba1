package org.mskguide.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(description = "The answers of one attempt.")
public record AttemptRequest(
        @Schema(description = "The topic quiz the answers belong to (its slug), or null when the platform picked the "
                + "questions itself. With a topic, questions of that topic left out count as unanswered.",
                nullable = true, example = "dynamic-imaging") String topic,
        @Schema(description = "Question id to choice id: each key a question's `id`, each value one of its choices' "
                + "`id`. At least one answer.", required = true,
                example = "{\"ankle-peroneal-slip-dynamic\": \"b\"}")
        @NotNull(message = "is required: an object of question id to choice id")
        @JsonSetter(contentNulls = Nulls.FAIL) Map<String, String> answers) {

    public AttemptRequest {
        answers = answers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
