package org.mskguide.eligibility;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.mskguide.web.FieldErrors;
import org.mskguide.web.error.Problem;
import org.mskguide.web.error.ProblemException;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/eligibility/rmsks}: the self-check as JSON, for tools and other sites. Same rules, same checker
 * and same validation as the HTML form; nothing is stored. Bad input gets a 400 JSON body naming the field.
 */
@Path("/api/eligibility/rmsks")
public class RmsksApiResource {

    /** The request body. Only {@code activeCredential} and {@code mskStudiesLast36Months} are required. */
    public record Request(Boolean activeCredential, String credentialType, Integer mskStudiesLast36Months,
            Integer studiesPerMonth, Integer mskCmeCredits, String spiPassedOn) {
    }

    /** A criterion as JSON: statuses are {@code met}, {@code not-met}, {@code recommended}. */
    @JsonPropertyOrder({ "id", "kind", "title", "status", "reason", "required", "reported", "shortBy",
            "confirmWithArdms", "source", "sourceNote", "lastReviewed" })
    public record CriterionJson(String id, String kind, String title, String status, String reason, Integer required,
            Integer reported, Integer shortBy, boolean confirmWithArdms, Map<String, String> source,
            String sourceNote, String lastReviewed) {
    }

    /** A next step as JSON. */
    public record NextStepJson(String id, String text, Map<String, String> link) {
    }

    /** The response: dates as ISO text ({@code 2030-12-31}, months {@code 2027-01}). */
    @JsonPropertyOrder({ "meetsPrerequisites", "criteria", "reachesStudiesIn", "mskExamDeadline",
            "physicianOrAdvanced", "nextSteps", "rulesLastReviewed", "checkedOn", "disclaimer" })
    public record Answer(boolean meetsPrerequisites, List<CriterionJson> criteria, String reachesStudiesIn,
            String mskExamDeadline, boolean physicianOrAdvanced, List<NextStepJson> nextSteps,
            String rulesLastReviewed, String checkedOn, String disclaimer) {
    }

    // Strict on purpose: "138" is not a number, 12.5 is not a whole number, unknown fields are mistakes.
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @Inject
    EligibilityServices services;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response check(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        if (!isJson(contentType)) {
            return error(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "Send the answers as a JSON object with Content-Type: application/json", List.of());
        }
        if (body.length == 0) {
            return error(Response.Status.BAD_REQUEST, "The request body is empty: send the answers as a JSON object",
                    List.of());
        }
        if (body.length > InputLimits.MAX_JSON_BYTES) {
            return error(Response.Status.BAD_REQUEST, "The request body is larger than "
                    + InputLimits.MAX_JSON_BYTES / 1024 + " KB", List.of());
        }
        Request request;
        try {
            request = STRICT.readValue(body, Request.class);
        } catch (UnrecognizedPropertyException e) {
            return error(Response.Status.BAD_REQUEST, "Unknown field '" + e.getPropertyName() + "'",
                    List.of(problem(e.getPropertyName(), "is not a known field; known fields: " + knownFields())));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            if (field == null) {
                boolean trailing = String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
                return error(Response.Status.BAD_REQUEST, trailing
                        ? "The request body is not valid JSON: something follows the JSON object"
                        : "The request body must be a JSON object", List.of());
            }
            String expected = expected(field);
            return error(Response.Status.BAD_REQUEST, field + " " + expected, List.of(problem(field, expected)));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.lookingAt()) {
                String field = duplicate.group(1);
                return error(Response.Status.BAD_REQUEST, field + " is given twice" + where,
                        List.of(problem(field, "is given twice; give each field once")));
            }
            return error(Response.Status.BAD_REQUEST, "The request body is not valid JSON" + where, List.of());
        } catch (IOException e) {
            return error(Response.Status.BAD_REQUEST, "The request body could not be read", List.of());
        }
        if (request == null) {
            return error(Response.Status.BAD_REQUEST, "The request body must be a JSON object", List.of());
        }
        List<Map<String, String>> problems = new ArrayList<>();
        CredentialType type = null;
        if (request.credentialType() != null) {
            type = CredentialType.fromCode(request.credentialType()).orElse(null);
            if (type == null) {
                problems.add(problem("credentialType", "must be one of " + Arrays.stream(CredentialType.values())
                        .map(CredentialType::code).collect(Collectors.joining(", "))));
            }
        }
        LocalDate spi = null;
        if (request.spiPassedOn() != null) {
            try {
                spi = LocalDate.parse(request.spiPassedOn());
            } catch (DateTimeParseException e) {
                problems.add(problem("spiPassedOn", expected("spiPassedOn")));
            }
        }
        RmsksAnswers answers = new RmsksAnswers(request.activeCredential(), type, request.mskStudiesLast36Months(),
                request.studiesPerMonth(), request.mskCmeCredits(), spi);
        services.validator().problems(answers).forEach((field, p) -> problems.add(problem(field.jsonName(),
                p.apiMessage())));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(p -> AnswerField.byJsonName(p.get("field"))
                    .map(Enum::ordinal).orElse(0)));
            String summary = problems.stream().map(p -> p.get("field") + " " + p.get("message"))
                    .collect(Collectors.joining("; "));
            return error(Response.Status.BAD_REQUEST, summary, problems);
        }
        return Response.ok(json(services.checker().check(answers))).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Answer json(Verdict v) {
        List<CriterionJson> criteria = v.criteria().stream().map(c -> new CriterionJson(c.id(), c.kind(), c.title(),
                c.status().code(), c.reason(), c.required(), c.reported(), c.shortBy(), c.confirmWithArdms(),
                link(c.source().title(), c.source().url()), c.sourceNote(), c.lastReviewed().toString())).toList();
        List<NextStepJson> steps = v.nextSteps().stream()
                .map(s -> new NextStepJson(s.id(), s.text(), s.url() == null ? null : link(s.linkText(), s.url())))
                .toList();
        RmsksRules rules = services.rules();
        return new Answer(v.meetsPrerequisites(), criteria,
                v.reachesStudiesIn() == null ? null : v.reachesStudiesIn().toString(),
                v.mskExamDeadline() == null ? null : v.mskExamDeadline().toString(), v.physicianOrAdvanced(), steps,
                v.rulesLastReviewed().toString(), v.today().toString(),
                "Education only. Not affiliated with ARDMS or APCA. Only ARDMS decides who is eligible: "
                        + rules.officialUrl());
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** What a field must look like, for type errors. */
    private static String expected(String field) {
        return switch (field) {
            case "activeCredential" -> "must be true or false";
            case "credentialType" -> "must be text, one of " + Arrays.stream(CredentialType.values())
                    .map(CredentialType::code).collect(Collectors.joining(", "));
            case "spiPassedOn" -> "must be a date written year-month-day, for example \"2025-06-01\"";
            default -> "must be a whole number from 0 to " + InputLimits.MAX_COUNT;
        };
    }

    private static String knownFields() {
        return Arrays.stream(Request.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> problem(String field, String message) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("field", field);
        problem.put("message", message);
        return problem;
    }

    private static Map<String, String> link(String title, String url) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("title", title);
        link.put("url", url);
        return link;
    }

    private static Response error(Response.Status status, String message, List<Map<String, String>> problems) {
        throw new ProblemException(new Problem(status.getStatusCode(), Problem.BAD_REQUEST.title(), message, 0,
                problems.stream().map(p -> new FieldErrors.FieldError(p.get("field"), p.get("message"))).toList()));
    }
}
