package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.mskguide.web.api.MaxBodySize;
import org.mskguide.web.api.StrictJson;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

/**
 * {@code POST /api/eligibility/rmsks}: the self-check as JSON, for tools and other sites. Same rules, same checker
 * and same validation as the HTML form; nothing is stored. Bad input gets a 400 JSON body naming the field.
 */
@Path("/api/eligibility/rmsks")
public class RmsksApiResource {

    /**
     * The request body. Only {@code activeCredential} and {@code mskStudiesLast36Months} are required; the limits
     * are sanity limits ({@link InputLimits}), never credential rules.
     */
    public record Request(
            @NotNull(message = REQUIRED) Boolean activeCredential,
            CredentialType credentialType,
            @NotNull(message = REQUIRED) @Min(value = 0, message = NEGATIVE)
            @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY) Integer mskStudiesLast36Months,
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer studiesPerMonth,
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer mskCmeCredits,
            @PastOrPresent(message = "cannot be in the future")
            @NotBeforeYear(value = InputLimits.EARLIEST_YEAR, message = "must be in " + InputLimits.EARLIEST_YEAR
                    + " or later") LocalDate spiPassedOn) {

        static final String REQUIRED = "is required";
        static final String NEGATIVE = "cannot be negative";
        static final String TOO_MANY = "must be at most " + InputLimits.MAX_COUNT;

        RmsksAnswers answers() {
            return new RmsksAnswers(activeCredential, credentialType, mskStudiesLast36Months, studiesPerMonth,
                    mskCmeCredits, spiPassedOn);
        }
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

    static final String EMPTY_BODY = "The request body is empty or null: it must be a JSON object with the answers";

    @Inject
    EligibilityServices services;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @MaxBodySize(InputLimits.MAX_JSON_BYTES)
    public Answer check(@NotNull(message = EMPTY_BODY) @Valid Request request) {
        return json(services.checker().check(request.answers()));
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

    private static Map<String, String> link(String title, String url) {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("title", title);
        link.put("url", url);
        return link;
    }
}
