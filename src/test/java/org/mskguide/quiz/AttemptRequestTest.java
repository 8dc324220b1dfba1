package org.mskguide.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading the API's JSON body without Quarkus: each wrong shape gets a message naming the problem. */
class AttemptRequestTest {

    @Test
    void readsAnswersAndTopic() throws InvalidAnswers {
        AttemptRequest request = AttemptRequest.parse("{\"answers\": {\"alpha-1\": \"b\", \"beta-2\": \"a\"}, \"topic\": \"alpha\"}");

        assertThat(request.topic()).isEqualTo("alpha");
        assertThat(request.answers()).containsOnly(Map.entry("alpha-1", "b"), Map.entry("beta-2", "a"));
    }

    @Test
    void topicMayBeNullOrLeftOut() throws InvalidAnswers {
        assertThat(AttemptRequest.parse("{\"answers\": {\"a\": \"b\"}, \"topic\": null}").topic()).isNull();
        assertThat(AttemptRequest.parse("{\"answers\": {\"a\": \"b\"}}").topic()).isNull();
    }

    @Test
    void emptyAnswersParseSoTheGraderCanSaySo() throws InvalidAnswers {
        assertThat(AttemptRequest.parse("{\"answers\": {}}").answers()).isEmpty();
    }

    @Test
    void malformedJson() {
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": {\"a\": \"b\""))
                .isInstanceOf(InvalidAnswers.class).hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": {}} trailing"))
                .isInstanceOf(InvalidAnswers.class).hasMessageStartingWith("Malformed JSON");
        assertThatThrownBy(() -> AttemptRequest.parse("  "))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("empty");
    }

    @Test
    void repeatedKeyIsRefused() {
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": {\"a\": \"b\", \"a\": \"c\"}}"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void wrongTypes() {
        assertThatThrownBy(() -> AttemptRequest.parse("[1, 2]"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": [\"b\"]}"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'answers' must be an object").hasMessageContaining("array");
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": {\"alpha-1\": 2}}"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("answers.alpha-1 must be a string").hasMessageContaining("number");
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": {\"a\": \"b\"}, \"topic\": 5}"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'topic' must be a string");
    }

    @Test
    void missingAnswersAndUnknownFields() {
        assertThatThrownBy(() -> AttemptRequest.parse("{\"topic\": null}"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("'answers' is required");
        assertThatThrownBy(() -> AttemptRequest.parse("{\"answers\": {}, \"score\": 10}"))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("Unknown field 'score'");
    }

    @Test
    void oversizedBodyIsRefused() {
        String body = "{\"answers\": {\"a\": \"" + "b".repeat(AttemptRequest.MAX_BODY_CHARS) + "\"}}";

        assertThatThrownBy(() -> AttemptRequest.parse(body))
                .isInstanceOf(InvalidAnswers.class).hasMessageContaining("too large");
    }
}
