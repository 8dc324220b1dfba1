package org.mskguide.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mskguide.web.api.StrictJson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The API's strict JSON reading (Jackson's own features) and how a repeated field is recognised for its 400. */
class StrictJsonTest {

    record Body(Boolean flag, Integer count, Map<String, String> answers) {
    }

    private static Body read(String json) throws Exception {
        return StrictJson.readerFor(Body.class).readValue(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        assertThat(read("{\"flag\": true, \"count\": 3, \"answers\": {\"a\": \"b\"}}"))
                .isEqualTo(new Body(true, 3, Map.of("a", "b")));
    }

    @Test
    void aRepeatedFieldIsRefusedWithItsPath() {
        assertThatThrownBy(() -> read("{\"flag\": true, \"flag\": false}"))
                .isInstanceOfSatisfying(JsonParseException.class, e -> assertThat(JsonProblems.duplicateField(e)).isEqualTo("flag"));
        // Inside a nested value, Jackson wraps it to add the path; the cause keeps the type and the parser.
        assertThatThrownBy(() -> read("{\"answers\": {\"a\": \"b\", \"a\": \"c\"}}"))
                .rootCause().isInstanceOfSatisfying(JsonParseException.class,
                        e -> assertThat(JsonProblems.duplicateField(e)).isEqualTo("answers.a"));
    }

    @Test
    void anOrdinarySyntaxErrorIsNotADuplicate() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read("{\"flag\": tru}"));
        assertThat(thrown).isInstanceOf(JsonParseException.class);
        assertThat(JsonProblems.duplicateField((JsonParseException) thrown)).isNull();
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertThatThrownBy(() -> read("{\"flag\": true} {}")).isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(e.getPath()).isEmpty());
    }

    @Test
    void looseValuesAreRefused() {
        assertThatThrownBy(() -> read("{\"count\": \"3\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\": 2.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"flag\": 1}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"answers\": {\"a\": 1}}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"other\": 1}")).isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void brokenJsonIsAParseError() {
        assertThatThrownBy(() -> read("{\"answers\": {\"a\": ")).rootCause().isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> read("not json")).isInstanceOf(JsonParseException.class);
    }
}
