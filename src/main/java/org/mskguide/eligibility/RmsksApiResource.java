package org.mskguide.eligibility;

import java.time.LocalDate;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mskguide.web.api.ApiRoutes;
import org.mskguide.web.api.MaxBodySize;
import org.mskguide.web.api.StrictJson;
import org.mskguide.web.error.ProblemJson;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;

/**
 * {@code POST /api/v1/eligibility/rmsks}: the self-check as JSON, for tools and other sites. Same rules and same
 * checker as the HTML form; nothing is stored. Bad input gets a 400 problem naming each field. Described in the
 * OpenAPI document at {@code /api/openapi.json}.
 */
@Path(ApiRoutes.RMSKS_CHECK)
@Tag(name = "Eligibility", description = "The RMSKS prerequisites self-check. Education only: only ARDMS decides.")
public class RmsksApiResource {

    /**
     * The request body. Only {@code activeCredential} and {@code mskStudiesLast36Months} are required; the limits
     * are sanity limits ({@link InputLimits}), never credential rules.
     */
    @Schema(description = "What the reader tells the self-check. Only `activeCredential` and "
            + "`mskStudiesLast36Months` are required.")
    public record Request(
            @Schema(description = "Holds an active health-related credential or license.", required = true,
                    example = "true")
            @NotNull(message = REQUIRED) Boolean activeCredential,
            @Schema(description = "Which kind; only used to point physicians and advanced practitioners to RMSK. "
                    + "Case is ignored, and `PT/DPT` is read as `PT`.", example = "RN")
            CredentialType credentialType,
            @Schema(description = "MSK ultrasound studies performed in the last 36 months.", required = true,
                    example = "138")
            @NotNull(message = REQUIRED) @Min(value = 0, message = NEGATIVE)
            @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY) Integer mskStudiesLast36Months,
            @Schema(description = "Studies in a typical month, to estimate when the minimum is reached.",
                    example = "6")
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer studiesPerMonth,
            @Schema(description = "MSK continuing medical education (CME) credits earned.", example = "12")
            @Min(value = 0, message = NEGATIVE) @Max(value = InputLimits.MAX_COUNT, message = TOO_MANY)
            Integer mskCmeCredits,
            @Schema(description = "The day the SPI exam was passed (year-month-day), today or earlier and not "
                    + "before 1990; leave out if not passed.", format = "date", example = "2025-06-01")
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

    @Schema(description = "A title and an address.")
    public record LinkJson(@Schema(description = "What the link opens.") String title,
            @Schema(description = "The address.", example = "https://www.ardms.org/") String url) {
    }

    @Schema(description = "One line of the result: a prerequisite, a recommendation or an exam rule.")
    @JsonPropertyOrder({ "id", "kind", "title", "status", "reason", "required", "reported", "shortBy",
            "confirmWithArdms", "source", "sourceNote", "lastReviewed" })
    public record CriterionJson(
            @Schema(description = "Stable name.", enumeration = { "credential", "studies", "cme", "spi" }) String id,
            @Schema(description = "Prerequisites decide `meetsPrerequisites`.",
                    enumeration = { "prerequisite", "recommendation", "exam" }) String kind,
            @Schema(description = "Short heading.", example = "MSK ultrasound studies") String title,
            @Schema(description = "How the reader stands.", enumeration = { "met", "not-met", "recommended" }) String status,
            @Schema(description = "Why, with the reader's own numbers.") String reason,
            @Schema(description = "The number the rule asks for, or null.", nullable = true) Integer required,
            @Schema(description = "The number the reader gave, or null.", nullable = true, example = "138") Integer reported,
            @Schema(description = "How many more are needed (0 when met), or null.", nullable = true) Integer shortBy,
            @Schema(description = "True when the rule is not yet confirmed from ARDMS itself.") boolean confirmWithArdms,
            @Schema(description = "Where the rule comes from.") LinkJson source,
            @Schema(description = "What that source does and does not confirm, or null.", nullable = true) String sourceNote,
            @Schema(description = "When the rule was last checked against its source.", format = "date") String lastReviewed) {
    }

    @Schema(description = "What to do next.")
    public record NextStepJson(
            @Schema(description = "Stable name.", example = "studies") String id,
            @Schema(description = "The step in plain words.") String text,
            @Schema(description = "Where to do it, or null.", nullable = true) LinkJson link) {
    }

    @Schema(description = "The self-check's result. Dates are ISO text (`2030-12-31`, months `2027-01`).")
    @JsonPropertyOrder({ "meetsPrerequisites", "criteria", "reachesStudiesIn", "mskExamDeadline",
            "physicianOrAdvanced", "nextSteps", "rulesLastReviewed", "checkedOn", "disclaimer" })
    public record Answer(
            @Schema(description = "True when every prerequisite is met.") boolean meetsPrerequisites,
            @Schema(description = "Every criterion with its source.") List<CriterionJson> criteria,
            @Schema(description = "The month the study minimum is reached at `studiesPerMonth`, or null.",
                    nullable = true, example = "2027-03") String reachesStudiesIn,
            @Schema(description = "The last day to pass the MSK exam after the SPI, or null.", nullable = true,
                    format = "date", example = "2030-12-31") String mskExamDeadline,
            @Schema(description = "True for physicians and advanced practitioners, who may want RMSK instead.")
            boolean physicianOrAdvanced,
            @Schema(description = "What to do next, in order.") List<NextStepJson> nextSteps,
            @Schema(description = "When the rules were last reviewed.", format = "date") String rulesLastReviewed,
            @Schema(description = "The day the answers were checked against.", format = "date") String checkedOn,
            @Schema(description = "Education only; who decides.") String disclaimer) {
    }

    static final String EMPTY_BODY = "The request body is empty or null: it must be a JSON object with the answers";

    @Inject
    RmsksRules rules;

    @Inject
    RmsksChecker checker;

    @POST
    @Operation(summary = "Check answers against the RMSKS prerequisites",
            description = "Same rules and checker as the self-check pages; nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Request.class),
            examples = @ExampleObject(name = "a sonographer", value = "{\"activeCredential\": true, "
                    + "\"credentialType\": \"RN\", \"mskStudiesLast36Months\": 138, \"studiesPerMonth\": 6, "
                    + "\"mskCmeCredits\": 12, \"spiPassedOn\": \"2025-06-01\"}")))
    @APIResponse(responseCode = "200", description = "The result.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answer.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a body over 8 KB, a missing, repeated or unknown "
            + "field, or a value of the wrong type or out of range; `errors` names each field.",
            content = @Content(mediaType = ProblemJson.MEDIA_TYPE, schema = @Schema(implementation = ProblemJson.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJson.class)
    @MaxBodySize(InputLimits.MAX_JSON_BYTES)
    public Answer check(@NotNull(message = EMPTY_BODY) @Valid Request request) {
        return json(checker.check(request.answers()));
    }

    private Answer json(Verdict v) {
        List<CriterionJson> criteria = v.criteria().stream().map(c -> new CriterionJson(c.id(), c.kind().code(), c.title(),
                c.status().code(), c.reason(), c.required(), c.reported(), c.shortBy(), c.confirmWithArdms(),
                new LinkJson(c.source().title(), c.source().url()), c.sourceNote(), c.lastReviewed().toString())).toList();
        List<NextStepJson> steps = v.nextSteps().stream()
                .map(s -> new NextStepJson(s.id(), s.text(), s.url() == null ? null : new LinkJson(s.linkText(), s.url())))
                .toList();
        return new Answer(v.meetsPrerequisites(), criteria,
                v.reachesStudiesIn() == null ? null : v.reachesStudiesIn().toString(),
                v.mskExamDeadline() == null ? null : v.mskExamDeadline().toString(), v.physicianOrAdvanced(), steps,
                v.rulesLastReviewed().toString(), v.today().toString(),
                "Education only. Not affiliated with ARDMS or APCA. Only ARDMS decides who is eligible: "
                        + rules.officialUrl());
    }
}
