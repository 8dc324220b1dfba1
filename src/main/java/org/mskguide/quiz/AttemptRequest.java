package org.mskguide.quiz;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /api/quiz/attempts}: {@code {"answers": {"<questionId>": "<choiceId>"}, "topic": null}}.
 * Jackson parses it strictly (a repeated key or trailing text is an error); each wrong shape gets a message
 * that names the field, for the 400 response. Pure Java, tested without Quarkus.
 *
 * @param topic   the topic quiz the answers belong to, or null when the client picked the questions itself
 * @param answers question id to choice id
 */
public record AttemptRequest(String topic, Map<String, String> answers) {

    /** Far above any real request (the whole bank answered is under 2 KB). */
    static final int MAX_BODY_CHARS = 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public AttemptRequest {
        answers = Map.copyOf(answers);
    }

    public static AttemptRequest parse(String body) throws InvalidAnswers {
        if (body == null || body.isBlank()) {
            throw new InvalidAnswers("The request body is empty: send {\"answers\": {\"<questionId>\": \"<choiceId>\"}, "
                    + "\"topic\": null}.");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new InvalidAnswers("The request body is too large (at most " + MAX_BODY_CHARS + " characters).");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidAnswers("Malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidAnswers("Malformed JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAnswers("The body must be a JSON object with 'answers' and 'topic'.");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("answers") && !name.equals("topic")) {
                throw new InvalidAnswers("Unknown field '" + name + "': expected only 'answers' and 'topic'.");
            }
        }
        JsonNode topic = root.get("topic");
        if (topic != null && !topic.isNull() && !topic.isTextual()) {
            throw new InvalidAnswers("'topic' must be a string (a topic slug) or null.");
        }
        JsonNode answers = root.get("answers");
        if (answers == null || answers.isNull()) {
            throw new InvalidAnswers("'answers' is required: an object of question id to choice id.");
        }
        if (!answers.isObject()) {
            throw new InvalidAnswers("'answers' must be an object of question id to choice id, not "
                    + answers.getNodeType().name().toLowerCase() + ".");
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> answer = it.next();
            if (!answer.getValue().isTextual()) {
                throw new InvalidAnswers("answers." + answer.getKey() + " must be a string (a choice id), not "
                        + answer.getValue().getNodeType().name().toLowerCase() + ".");
            }
            parsed.put(answer.getKey(), answer.getValue().textValue());
        }
        return new AttemptRequest(topic == null || topic.isNull() ? null : topic.textValue(), parsed);
    }
}
